using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The floor of one resource: its objects and the bare paged list of them.</summary>
internal sealed record FloorRun(ICacheTarget Target, int Objects, RawListResult List)
{
    public double AverageBytes => (double)List.Bytes / Math.Max(Objects, 1);

    public Percentiles PageMilliseconds => new(List.PageMilliseconds);
}
