using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The client's own work on a full list, measured on one thread: JSON to models (parse), then the
/// models into a cache snapshot (apply).</summary>
internal sealed record ParseApplyCost(int Objects, ThreadWork Parse, ThreadWork Apply);
