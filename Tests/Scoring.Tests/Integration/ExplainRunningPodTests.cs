using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Stork.Scoring.Explain;
using Stork.Scoring.Tests.Hyperconvergence;
using Stork.Tests.Fakes.Kube;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary><c>GET /explain?pod=NAMESPACE/NAME</c> on the running sidecar over <see cref="StorkPods"/> (PVC db/data has
/// its replica on node-a1; <c>remote</c> runs on node-c1, in the other region) plus <c>waiting</c>, not bound yet.</summary>
internal sealed class ExplainRunningPodTests
{
    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync((kube, sdk) =>
    {
        StorkPods.Seed(kube, sdk);
        kube.Add(StorkPods.Path, StorkPods.Pod("waiting", node: null));
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Get_BoundPod_JsonWithNodePlacementVolumeLevelsAndScoresNow()
    {
        using var answer = await server.Client.GetAsync("/explain?pod=db/remote");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var explanation = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
        var scores = explanation["scoresNow"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["node"]!, n => (int)n!["score"]!);
        Assert.Multiple(() =>
        {
            Assert.That((string?)explanation["pod"], Is.EqualTo("db/remote"));
            Assert.That((string?)explanation["node"], Is.EqualTo(C1));
            Assert.That((string?)explanation["placement"], Is.EqualTo("remote"));
            Assert.That(explanation["placementReason"], Is.Null);
            Assert.That(explanation["volumes"]!.ToJsonString(), Is.EqualTo("""[{"volume":"PVC db/data","level":"none","replicas":"node-a1 (Online)"}]"""));
            Assert.That((string?)explanation["scoresNow"]!["pod"], Is.EqualTo("db/remote"));
            Assert.That(scores, Is.EquivalentTo(DataScores));
        });
    }

    [Test]
    public async Task Get_PodNotBoundYet_NoNodeNoPlacementButScores()
    {
        using var answer = await server.Client.GetAsync("/explain?pod=db/waiting");

        var explanation = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(explanation["node"], Is.Null);
            Assert.That(explanation["placement"], Is.Null);
            Assert.That(explanation["volumes"]!.AsArray(), Is.Empty);
            Assert.That(explanation["scoresNow"]!["nodes"]!.AsArray(), Has.Count.EqualTo(AllNodes.Length));
        });
    }

    /// <summary>The text is what <c>explain --pod-name</c> prints for the same pod of the same cluster.</summary>
    [Test]
    public async Task Get_AcceptTextPlain_SameTextAsExplainPodName()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/explain?pod=db/remote");
        request.Headers.Accept.ParseAdd("text/plain");
        using var answer = await server.Client.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();

        var directory = Directory.CreateTempSubdirectory("stork-explain-").FullName;
        using var command = new StringWriter();
        try
        {
            await ExplainCommand.RunAsync(
                [
                    "explain", "--kubeconfig", FakeKubeconfig.Write(server.Kube, directory), "--portworx-endpoint", server.Sdk.Endpoint.ToString(),
                    "--pod-name", "db/remote",
                ],
                command,
                CancellationToken.None).WaitAsync(ScoringServer.Timeout);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(text, Does.StartWith("Pod db/remote runs on node-c1: remote\n  PVC db/data: none (replicas on node-a1 (Online))\nScores now:\nPod:     db/remote\n"));
        Assert.That(text, Does.Contain("\nnode-a1  pass      100  PVC db/data: replica on this node"));
        Assert.That(text, Is.EqualTo(command.ToString()));
    }

    [TestCase("", "missing ?pod=NAMESPACE/NAME", TestName = "Get_NoPodParameter_400")]
    [TestCase("?pod=remote", "pod: 'remote' is not NAMESPACE/NAME", TestName = "Get_PodWithoutNamespace_400")]
    [TestCase("?pod=db/", "pod: 'db/' is not NAMESPACE/NAME", TestName = "Get_PodWithoutName_400")]
    [TestCase("?pod=/remote", "pod: '/remote' is not NAMESPACE/NAME", TestName = "Get_PodEmptyNamespace_400")]
    [TestCase("?pod=db/remote/x", "pod: 'db/remote/x' is not NAMESPACE/NAME", TestName = "Get_PodThreeParts_400")]
    [TestCase("?pod=db/remote&pod=db/waiting", "pod: 'db/remote,db/waiting' is not NAMESPACE/NAME", TestName = "Get_PodTwice_400")]
    public async Task Get_MissingOrMalformedPod_400WithMessage(string query, string message)
    {
        using var answer = await server.Client.GetAsync("/explain" + query);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.EqualTo(message));
    }

    [TestCase("db/nope", TestName = "Get_UnknownPod_404")]
    [TestCase("db/other-scheduler", TestName = "Get_PodOfAnotherScheduler_404")]
    public async Task Get_PodNotInTheCache_404WithMessage(string pod)
    {
        using var answer = await server.Client.GetAsync("/explain?pod=" + pod);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.EqualTo($"no pod {pod} of scheduler 'stork' in the cluster"));
    }

    /// <summary>A connection to another address of the pod (the metrics port on the pod network) is refused, by every
    /// verb of the extender's group.</summary>
    [TestCase("GET", "/explain", "?pod=db/remote")]
    [TestCase("POST", "/explain", "")]
    [TestCase("POST", "/filter", "")]
    [TestCase("POST", "/prioritize", "")]
    public async Task Request_ConnectionNotOnLoopback_403(string method, string path, string query)
    {
        var endpoint = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Single(e =>
            e.RoutePattern.RawText == path && e.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Contains(method));
        var context = new DefaultHttpContext { RequestServices = server.Services };
        context.Connection.LocalIpAddress = IPAddress.Parse("10.244.0.7");
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();

        await endpoint.RequestDelegate!(context);

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status403Forbidden));
    }
}
