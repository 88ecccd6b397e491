namespace Stork.Bench.Reporting;

/// <summary>One phase of the service's handling of a body, run on one thread: mean wall time and the bytes
/// that thread allocated, per call.</summary>
internal sealed record PhaseCost(string Phase, double Microseconds, double Allocated);
