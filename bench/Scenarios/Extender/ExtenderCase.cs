using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>One body measured against the service's two verbs and the floors, interleaved.</summary>
/// <param name="EchoFloor">The floor answering the request body itself: for full Nodes what the filter's echo of the
/// passing nodes costs at least; for NodeNames what an answer about as large as the request costs.</param>
/// <param name="Breakdown">The handler's phases timed offline (<see cref="HandlerBreakdown"/>).</param>
internal sealed record ExtenderCase(
    int Nodes,
    ExtenderBody Body,
    AnswerCheck Check,
    RequestSamples Filter,
    RequestSamples Prioritize,
    RequestSamples Floor,
    RequestSamples EchoFloor,
    IReadOnlyList<PhaseCost> Breakdown);
