extern alias demo;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stork.Deploy.Tests.Support;
using DemoOptions = demo::Stork.Demo.DemoOptions;
using DemoServices = demo::Stork.Demo.DemoServices;

namespace Stork.Deploy.Tests.EndToEnd;

/// <summary>Both real services over the sample cluster (Portworx on node-1..node-5, none on node-6): a pod
/// whose only volume is an inline <c>pxd.portworx.com</c> CSI volume is sent to stork by the webhook, and
/// the extender then keeps it to the driver's nodes.</summary>
internal sealed class InlineCsiPodTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string Pod = """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"scratch-0","namespace":"default"},
         "spec":{"containers":[{"name":"app","image":"busybox"}],
                 "volumes":[{"name":"scratch","csi":{"driver":"pxd.portworx.com","volumeAttributes":{"size":"1Gi"}}}]}}
        """;

    [Test]
    public async Task WebhookThenFilter_OnlyInlineDriverCsiVolume_MutatedThenKeptToDriverNodes()
    {
        using var work = new TempDirectory();
        var options = new DemoOptions(Path.Combine(Repo.Root, "samples"), work.Path, WebhookPort: 0, ScoringPort: 0);
        await using var services = await DemoServices.StartAsync(options, CancellationToken.None).WaitAsync(Timeout);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var client = new HttpClient(handler) { Timeout = Timeout };
        await WaitReadyAsync(client, services);

        var review = $$$"""
            {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview",
             "request":{"uid":"u-1","kind":{"group":"","version":"v1","kind":"Pod"},"resource":{"group":"","version":"v1","resource":"pods"},
                        "namespace":"default","operation":"CREATE","object":{{{Pod}}}}}
            """;
        var admission = JsonNode.Parse(await PostAsync(client, new Uri(services.WebhookUrl, "/mutate"), review))!["response"]!;
        var patch = JsonNode.Parse(Convert.FromBase64String((string)admission["patch"]!))!.AsArray();
        var mutated = JsonNode.Parse(Pod)!;
        mutated["spec"]!["schedulerName"] = (string)patch.Single()!["value"]!;

        var args = new JsonObject
        {
            ["Pod"] = mutated,
            ["NodeNames"] = new JsonArray([.. Enumerable.Range(1, 6).Select(i => (JsonNode)$"node-{i}")]),
        };
        var filter = JsonNode.Parse(await PostAsync(client, new Uri(services.ScoringUrl, "/filter"), args.ToJsonString()))!;

        Assert.That((string)patch.Single()!["path"]!, Is.EqualTo("/spec/schedulerName"));
        Assert.That((string)mutated["spec"]!["schedulerName"]!, Is.EqualTo("stork"));
        Assert.That(filter["NodeNames"]!.AsArray().Select(n => (string)n!), Is.EqualTo(new[] { "node-1", "node-2", "node-3", "node-4", "node-5" }));
        Assert.That(filter["FailedNodes"]!.AsObject().Select(kv => kv.Key), Is.EqualTo(new[] { "node-6" }));
    }

    private static async Task<string> PostAsync(HttpClient client, Uri url, string json)
    {
        using var answer = await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await answer.Content.ReadAsStringAsync();
    }

    private static async Task WaitReadyAsync(HttpClient client, DemoServices services)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        foreach (var url in new[] { services.WebhookUrl, services.ScoringUrl })
        {
            while ((await client.GetAsync(new Uri(url, "/readyz"), deadline.Token)).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(20, deadline.Token);
            }
        }
    }
}
