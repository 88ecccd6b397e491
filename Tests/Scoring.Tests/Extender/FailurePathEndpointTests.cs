using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;
using Stork.Scoring.Tests.Cluster;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Events;
using Stork.Shared.Kube.Models;
using Stork.Shared.Telemetry;

namespace Stork.Scoring.Tests.Extender;

/// <summary>The endpoints' answers when deciding throws (here: the storage driver itself throws): /filter
/// passes every node, /prioritize gives every node the default score.</summary>
internal sealed class FailurePathEndpointTests
{
    private readonly ServiceProvider meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly StorkTracing tracing = new("Stork.Scoring.Tests");

    [OneTimeTearDown]
    public void Dispose()
    {
        meters.Dispose();
        tracing.Dispose();
    }

    private const string Body = """
        {"Pod":{"metadata":{"name":"web-0","namespace":"apps"},"spec":{"volumes":[{"name":"v","persistentVolumeClaim":{"claimName":"bound"}}]}},
         "NodeNames":["n1","n2","n3"]}
        """;

    [Test]
    public async Task Filter_DecidingThrows_EveryNodePasses()
    {
        var (reader, decider, metrics) = Parts(new ScoringOptions());
        var endpoint = new FilterEndpoint(Exchange(reader, metrics), decider, NullLogger<FilterEndpoint>.Instance);

        var answer = await PostAsync(endpoint.HandleAsync);

        Assert.That(answer["NodeNames"]!.AsArray().Select(n => (string)n!), Is.EqualTo(new[] { "n1", "n2", "n3" }));
        Assert.That(answer["FailedNodes"]!.AsObject(), Is.Empty);
    }

    [TestCase(ScoreScale.Stork, 5)]
    [TestCase(ScoreScale.Normalized, 0)]
    public async Task Prioritize_DecidingThrows_EveryNodeScoresTheDefault(ScoreScale scale, int score)
    {
        var options = new ScoringOptions { ScoreScale = scale };
        var (reader, decider, metrics) = Parts(options);
        var endpoint = new PrioritizeEndpoint(Exchange(reader, metrics), decider, new NoEvents(), metrics, Options.Create(options));

        var answer = await PostAsync(endpoint.HandleAsync);

        Assert.That(answer.AsArray().Select(n => ((string)n!["Host"]!, (int)n["Score"]!)), Is.EqualTo(new[] { ("n1", score), ("n2", score), ("n3", score) }));
    }

    private ExtenderExchange Exchange(ExtenderRequestReader reader, ExtenderMetrics metrics) =>
        new(reader, metrics, tracing, NullLogger<ExtenderExchange>.Instance);

    private (ExtenderRequestReader, PlacementDecider, ExtenderMetrics) Parts(ScoringOptions options)
    {
        var cluster = new VolumeCluster();
        cluster.Driver.Throw = true;
        var nodes = new ResourceCache<Node>(KubeResources.Nodes);
        var directory = new NodeDirectory(nodes);
        var builder = new PlacementRequestBuilder(
            new PodVolumeResolver(cluster.Reader, cluster.Driver), new TopologyProvider(cluster.Driver, directory, Options.Create(options)), directory);
        var metrics = new ExtenderMetrics(meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var decider = new PlacementDecider(
            builder, new MalformedValueReporter(NullLogger<MalformedValueReporter>.Instance), metrics, Options.Create(options), NullLogger<PlacementDecider>.Instance);
        return (new ExtenderRequestReader(new ExtenderArgsReader([], []), directory, new RequestBodyBudget(Options.Create(options)), Options.Create(options)), decider, metrics);
    }

    private static async Task<JsonNode> PostAsync(Func<HttpContext, Task> handle)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Body));
        using var response = new MemoryStream();
        context.Response.Body = response;

        await handle(context).WaitAsync(TimeSpan.FromSeconds(10));
        await context.Response.BodyWriter.FlushAsync();

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
        return JsonNode.Parse(response.ToArray())!;
    }

    private sealed class NoEvents : IEventRecorder
    {
        public bool Record(Pod pod, string type, string reason, string message) => false;
    }
}
