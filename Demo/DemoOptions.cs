namespace Stork.Demo;

/// <summary>Where the demo listens and what it reads.</summary>
/// <param name="Samples">The folder with <c>cluster.yaml</c> and the sample requests.</param>
/// <param name="WorkDirectory">Where the dev certificate is written.</param>
internal sealed record DemoOptions(string Samples, string WorkDirectory, int WebhookPort = 8443, int ScoringPort = 8099)
{
    /// <summary>The repository's <c>samples/</c>, found from the working directory or the build output upwards.</summary>
    public static DemoOptions Default()
    {
        var start = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var origin in start)
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "samples", "cluster.yaml")))
                {
                    return new(Path.Combine(dir.FullName, "samples"), Path.Combine(dir.FullName, ".dev"));
                }
            }
        }

        throw new InvalidOperationException("cannot find samples/cluster.yaml; run the demo from the repository");
    }
}
