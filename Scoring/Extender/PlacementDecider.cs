using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Placement;

namespace Stork.Scoring.Extender;

/// <summary>Gathers a <see cref="PlacementRequest"/> within the request deadline (<c>--request-deadline</c>) and
/// applies a pure rule to it; when gathering passes the deadline, throws or deciding throws, answers with the
/// rule's pure failure path (<see cref="FailurePaths"/>) instead.</summary>
internal sealed class PlacementDecider(
    PlacementRequestBuilder builder, MalformedValueReporter malformed, ExtenderMetrics metrics, IOptions<ScoringOptions> options, ILogger<PlacementDecider> logger)
{
    public async Task<T> DecideAsync<T>(
        string verb, ExtenderArgs args, Func<PlacementRequest, T> decide, Func<IReadOnlyList<string>, FailurePaths.Cause, T> failure, CancellationToken cancellationToken)
    {
        var deadline = options.Value.RequestDeadline;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(deadline);
        try
        {
            var request = await builder.BuildAsync(args, bounded.Token);
            malformed.Report(args.Pod, request.Options);
            return decide(request);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.DeadlineExceeded(verb);
            logger.DeadlineExceeded(verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "", deadline);
            return failure(Names(args), FailurePaths.DeadlineExceeded(deadline));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.DecisionFailed(e, verb, args.Pod.Metadata.Namespace ?? "", args.Pod.Metadata.Name ?? "");
            return failure(Names(args), FailurePaths.InternalError);
        }
    }

    private static string[] Names(ExtenderArgs args) => [.. args.Nodes.Select(n => n.Name)];
}
