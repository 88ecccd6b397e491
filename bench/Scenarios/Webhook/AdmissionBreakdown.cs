using Microsoft.Extensions.DependencyInjection;
using Stork.Bench.Reporting;
using Stork.Shared.Mutation;
using Stork.Webhook.Admission;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>Where the webhook's time goes, offline: the steps of <c>MutateEndpoint</c> called directly on the running
/// webhook's own singletons, one at a time on the bench thread, without HTTP, TLS, metrics or logging. Decode is
/// <c>AdmissionBodyReader.Parse</c> (the AdmissionReview, its <c>request.object</c> decoded as a Pod in the same pass);
/// facts is <c>RequestFacts.From</c> (the decision's input); decide is <c>Admitter.AdmitAsync</c> (cache snapshots, the rules, the patch); encode is the
/// answer written (<c>AdmissionAnswer.Write</c> into a pooled buffer). The floor's token pass over the same body is timed the same way.</summary>
internal static class AdmissionBreakdown
{
    public static async Task<IReadOnlyList<PhaseCost>> MeasureAsync(IServiceProvider services, byte[] body, int iterations)
    {
        var admitter = services.GetRequiredService<Admitter>();
        var review = AdmissionBodyReader.Parse(body).Review!;
        var request = review.Request!;
        var (facts, _) = RequestFacts.From(request, body);
        var outcome = (await admitter.AdmitAsync(facts, CancellationToken.None)).Outcome;
        return
        [
            PhaseTimer.Measure("floor: token pass", iterations, () => PhaseTimer.CountTokens(body)),
            PhaseTimer.Measure("decode", iterations, () => AdmissionBodyReader.Parse(body)),
            PhaseTimer.Measure("facts", iterations, () => RequestFacts.From(request, body)),
            await PhaseTimer.MeasureAsync("decide", iterations, () => admitter.AdmitAsync(facts, CancellationToken.None).AsTask()),
            PhaseTimer.Measure("encode", iterations, () =>
            {
                using var answer = new PooledBufferWriter(1024);
                AdmissionAnswer.Write(answer, review, request.Uid!, outcome);
                return answer.WrittenCount;
            }),
        ];
    }
}
