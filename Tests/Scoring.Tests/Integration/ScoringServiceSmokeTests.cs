using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The real scoring service, started with its command-line flags, against the fake API server
/// and the fake OpenStorage SDK.</summary>
internal sealed class ScoringServiceSmokeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Prioritize_NodeNames_ReplicaNodeScoresHighest()
    {
        var directory = Directory.CreateTempSubdirectory("stork-scoring-").FullName;
        await using var kube = await FakeKubeApiServer.StartAsync();
        await using var sdk = await FakePortworxSdkServer.StartAsync();
        foreach (var name in new[] { "n1", "n2" })
        {
            kube.Add("/api/v1/nodes", $$$"""{"metadata":{"name":"{{{name}}}","labels":{"px/rack":"r-{{{name}}}"}},"status":{"addresses":[{"type":"Hostname","address":"{{{name}}}"}]} }""");
        }

        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"px"},"provisioner":"pxd.portworx.com"}""");
        kube.Add("/api/v1/namespaces/db/persistentvolumeclaims", """{"metadata":{"name":"data","namespace":"db"},"spec":{"storageClassName":"px","volumeName":"pv-1"},"status":{"phase":"Bound"}}""");
        kube.Add("/api/v1/persistentvolumes", """{"metadata":{"name":"pv-1"},"spec":{"csi":{"driver":"pxd.portworx.com","volumeHandle":"vol-1"},"claimRef":{"namespace":"db","name":"data"}}}""");
        sdk.SetNodes(new FakeStorageNode("id-1", "n1"), new FakeStorageNode("id-2", "n2"));
        sdk.SetVolume(new FakeVolume("vol-1", "pv-1", [["id-2"]]));

        await using var app = ScoringApp.Build(
            ["--urls", "http://127.0.0.1:0", "--kubeconfig", FakeKubeconfig.Write(kube, directory), "--portworx-endpoint", sdk.Endpoint.ToString()]);
        await app.StartAsync().WaitAsync(Timeout);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        await WaitReadyAsync(client);

        using var answer = await client.PostAsync(
            "/prioritize",
            new StringContent("""{"Pod":{"metadata":{"name":"p","namespace":"db"},"spec":{"volumes":[{"name":"v","persistentVolumeClaim":{"claimName":"data"}}]}},"NodeNames":["n1","n2"]}""", Encoding.UTF8, "application/json"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var scores = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsArray()
            .ToDictionary(n => (string)n!["Host"]!, n => (int)n!["Score"]!);
        Assert.That(scores, Is.EqualTo(new Dictionary<string, int> { ["n1"] = 5, ["n2"] = 100 }));
    }

    private static async Task WaitReadyAsync(HttpClient client)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while ((await client.GetAsync("/readyz", deadline.Token)).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
