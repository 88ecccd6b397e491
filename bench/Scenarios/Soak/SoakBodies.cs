namespace Stork.Bench.Scenarios.Soak;

/// <summary>The soak's request pool: the valid bodies, and the invalid list for each endpoint, derived from one
/// valid pod (the other service's valid body serves as the wrong document).</summary>
internal static class SoakBodies
{
    public static (IReadOnlyList<SoakRequest> Valid, IReadOnlyList<SoakRequest> Invalid) Create(SoakCluster cluster)
    {
        var random = new Random(3);
        var pod = ValidBodies.Pod(cluster, random, 0);
        var admission = ValidBodies.Admission(pod, 0);
        var extender = ValidBodies.Extender(pod, cluster.Nodes, random);
        return (ValidBodies.Create(cluster),
        [
            .. InvalidBodies.For("/mutate", admission, extender),
            .. InvalidBodies.For("/filter", extender, admission),
            .. InvalidBodies.For("/prioritize", extender, admission),
        ]);
    }
}
