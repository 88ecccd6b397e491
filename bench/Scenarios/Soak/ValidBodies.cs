using System.Text;
using System.Text.Json.Nodes;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>Valid requests as the API server and kube-scheduler send them: a Pod CREATE admission and extender
/// calls with <c>NodeNames</c>, each pod mounting 1 to 3 claims of one seeded namespace (fixed seed).</summary>
internal static class ValidBodies
{
    private const int PerEndpoint = 32;

    public static IReadOnlyList<SoakRequest> Create(SoakCluster cluster)
    {
        var random = new Random(7);
        var requests = new List<SoakRequest>();
        for (var i = 0; i < PerEndpoint; i++)
        {
            var pod = Pod(cluster, random, i);
            requests.Add(new SoakRequest("/mutate", SoakRequest.ValidKind, Encode(Admission(pod, i))));
            var args = Extender(pod, cluster.Nodes, random);
            requests.Add(new SoakRequest("/filter", SoakRequest.ValidKind, Encode(args)));
            requests.Add(new SoakRequest("/prioritize", SoakRequest.ValidKind, Encode(args)));
        }

        return requests;
    }

    /// <summary>The pod of an admission (its object) or of an extender call (its <c>Pod</c>).</summary>
    public static JsonObject Pod(SoakCluster cluster, Random random, int index)
    {
        var (ns, claims) = cluster.Claims[random.Next(cluster.Claims.Count)];
        var volumes = new JsonArray();
        foreach (var claim in claims.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
            volumes.Add(new JsonObject { ["name"] = "v-" + claim, ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = claim } });
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject { ["name"] = "soak-" + index, ["namespace"] = ns, ["uid"] = "soak-uid-" + index },
            ["spec"] = new JsonObject
            {
                ["containers"] = new JsonArray(new JsonObject { ["name"] = "c", ["image"] = "busybox" }),
                ["volumes"] = volumes,
            },
        };
    }

    public static JsonObject Admission(JsonObject pod, int index) => new()
    {
        ["apiVersion"] = "admission.k8s.io/v1",
        ["kind"] = "AdmissionReview",
        ["request"] = new JsonObject
        {
            ["uid"] = "soak-review-" + index,
            ["kind"] = new JsonObject { ["group"] = "", ["version"] = "v1", ["kind"] = "Pod" },
            ["resource"] = new JsonObject { ["group"] = "", ["version"] = "v1", ["resource"] = "pods" },
            ["namespace"] = pod["metadata"]!["namespace"]!.DeepClone(),
            ["operation"] = "CREATE",
            ["object"] = pod.DeepClone(),
        },
    };

    /// <summary>Extender arguments naming 10 to 100 of the Nodes (kube-scheduler's feasible set).</summary>
    public static JsonObject Extender(JsonObject pod, IReadOnlyList<string> nodes, Random random)
    {
        var names = new JsonArray();
        var start = random.Next(nodes.Count);
        for (var i = 0; i < Math.Min(nodes.Count, random.Next(10, 101)); i++)
            names.Add(nodes[(start + i) % nodes.Count]);
        return new JsonObject { ["Pod"] = pod.DeepClone(), ["NodeNames"] = names };
    }

    public static byte[] Encode(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
