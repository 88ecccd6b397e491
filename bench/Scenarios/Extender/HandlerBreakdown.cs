using System.Buffers;
using Microsoft.Extensions.DependencyInjection;
using Stork.Bench.Reporting;
using Stork.Scoring.Cluster;
using Stork.Scoring.Extender;
using Stork.Scoring.Placement;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>Where the service's time goes, offline: the phases of <c>FilterEndpoint</c> and <c>PrioritizeEndpoint</c> called directly on the
/// running service's own singletons, one at a time on the bench thread, without HTTP. Decode is
/// <c>ExtenderArgsReader.Read</c> against the node directory's current table; gather is <c>PlacementRequestBuilder.BuildAsync</c> (of which the pod's volumes
/// and the storage topology are also timed alone, so the rest is resolving the candidate nodes); decide is the pure
/// rule; encode is <c>ExtenderResponseWriter</c> into a reused buffer. The floor's token pass over the same body is
/// timed the same way.</summary>
internal static class HandlerBreakdown
{
    public static async Task<IReadOnlyList<PhaseCost>> MeasureAsync(IServiceProvider services, ExtenderBody body, int iterations)
    {
        var reader = services.GetRequiredService<ExtenderArgsReader>();
        var nodes = services.GetRequiredService<NodeDirectory>();
        var builder = services.GetRequiredService<PlacementRequestBuilder>();
        var volumes = services.GetRequiredService<PodVolumeResolver>();
        var topology = services.GetRequiredService<TopologyProvider>();
        var output = new ArrayBufferWriter<byte>(1024 * 1024);
        var args = reader.Read(body.Bytes, nodes.Current()).Args!;
        var request = await builder.BuildAsync(args, CancellationToken.None);
        var filtered = PlacementFilter.Filter(request);
        var prioritized = PlacementScorer.Prioritize(request, ScoreScale.Stork, explain: false);
                return
        [
            PhaseTimer.Measure("floor: token pass", iterations, () => PhaseTimer.CountTokens(body.Bytes)),
            PhaseTimer.Measure("decode", iterations, () =>
            {
                using var decoded = reader.Read(body.Bytes, nodes.Current()).Args!;
                return decoded.Nodes.Count;
            }),
            await PhaseTimer.MeasureAsync("gather: all", iterations, () => builder.BuildAsync(args, CancellationToken.None)),
            await PhaseTimer.MeasureAsync("gather: volumes", iterations, () => volumes.ResolveAsync(args.Pod, CancellationToken.None)),
            await PhaseTimer.MeasureAsync("gather: topology", iterations, () => topology.GetAsync(CancellationToken.None).AsTask()),
            PhaseTimer.Measure("decide: filter", iterations, () =>
            {
                using var result = PlacementFilter.Filter(request);
                return result.Passed.Count;
            }),
            PhaseTimer.Measure("decide: prioritize", iterations, () =>
            {
                using var result = PlacementScorer.Prioritize(request, ScoreScale.Stork, explain: false);
                return result.Scores.Count;
            }),
            PhaseTimer.Measure("encode: filter", iterations, () =>
            {
                output.ResetWrittenCount();
                ExtenderResponseWriter.WriteFilterNames(output, args.Nodes, filtered.Passed, args.Table, args.Slots, filtered.Failed, []);
                return output.WrittenCount;
            }),
            PhaseTimer.Measure("encode: prioritize", iterations, () =>
            {
                output.ResetWrittenCount();
                ExtenderResponseWriter.WritePriorities(output, args.Nodes, prioritized.Scores, args.Table, args.Slots);
                return output.WrittenCount;
            }),
        ];
    }
}
