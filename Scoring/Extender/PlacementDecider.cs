using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>Gathers a <see cref="PlacementRequest"/> and applies a pure rule to it; when gathering or
/// deciding throws, answers with the rule's pure failure path (<see cref="FailurePaths"/>) instead.</summary>
internal sealed class PlacementDecider(PlacementRequestBuilder builder, MalformedValueReporter malformed, ILogger<PlacementDecider> logger)
{
    public async Task<T> DecideAsync<T>(
        string verb, ExtenderArgs args, Func<PlacementRequest, T> decide, Func<IReadOnlyList<string>, T> failure, CancellationToken cancellationToken)
    {
        try
        {
            var request = await builder.BuildAsync(args, cancellationToken);
            malformed.Report(args.Pod, request.Options);
            return decide(request);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DecisionFailed(e, verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "");
            return failure([.. args.Nodes.Select(n => n.Name)]);
        }
    }
}
