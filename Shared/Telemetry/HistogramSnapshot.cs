namespace Stork.Shared.Telemetry;

/// <summary>A histogram at one instant. <see cref="BucketCounts"/> holds per-bucket (not cumulative)
/// counts, one per upper bound plus a final overflow bucket for <c>+Inf</c>; the count is their sum.</summary>
internal sealed record HistogramSnapshot(IReadOnlyList<double> UpperBounds, IReadOnlyList<long> BucketCounts, double Sum);
