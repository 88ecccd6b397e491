using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Kube;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The cluster the golden tests use (<c>testdata/cluster/*.json</c>, the same files
/// <see cref="ClusterFixture"/> reads), put into a fake API server.</summary>
internal static class GoldenCluster
{
    public const string Namespaces = "/api/v1/namespaces";
    public const string Claims = "/api/v1/persistentvolumeclaims";

    /// <summary>Adds the items of each list at the collection path its apiVersion and file name give
    /// (<c>storageclasses.json</c> of <c>storage.k8s.io/v1</c> → <c>/apis/storage.k8s.io/v1/storageclasses</c>).</summary>
    public static void Seed(FakeKubeApiServer api)
    {
        foreach (var file in Directory.GetFiles(TestData.Path("cluster"), "*.json"))
        {
            var list = JsonNode.Parse(File.ReadAllText(file))!;
            var apiVersion = (string)list["apiVersion"]!;
            var group = apiVersion.Contains('/', StringComparison.Ordinal) ? "apis" : "api";
            var items = list["items"]!.AsArray().Select(item => item!.DeepClone().AsObject());
            api.Seed($"/{group}/{apiVersion}/{Path.GetFileNameWithoutExtension(file)}", items);
        }
    }
}
