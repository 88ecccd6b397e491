using System.Text.Json.Nodes;
using Stork.Scoring.Tests.Integration;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Hyperconvergence;

/// <summary><see cref="PortworxCluster"/> with bound pods of scheduler <c>stork</c> on PVC db/data: <c>on-replica</c>
/// (node-a1), <c>rack-neighbour</c> (node-a2), <c>remote</c> (node-c1, the other region); and <c>other-scheduler</c>.</summary>
internal static class StorkPods
{
    public const string Path = "/api/v1/namespaces/" + PortworxCluster.Namespace + "/pods";

    public static void Seed(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        PortworxCluster.Seed(kube, sdk);
        kube.Add(Path, Pod("on-replica", A1));
        kube.Add(Path, Pod("rack-neighbour", A2));
        kube.Add(Path, Pod("remote", C1));
        var other = Pod("other-scheduler", C1);
        other["spec"]!["schedulerName"] = "default-scheduler";
        kube.Add(Path, other);
    }

    public static JsonObject Pod(string name, string? node)
    {
        var pod = ExtenderRequests.Pod(name, DataClaim);
        pod["spec"]!["schedulerName"] = "stork";
        if (node is not null)
        {
            pod["spec"]!["nodeName"] = node;
        }

        return pod;
    }
}
