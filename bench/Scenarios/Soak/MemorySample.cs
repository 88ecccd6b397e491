namespace Stork.Bench.Scenarios.Soak;

/// <summary>One reading of a service's memory: resident (VmRSS), the managed heap after the last collection and the
/// GC's committed bytes and the count of full (gen2) collections so far (from the runtime meter in <c>/metrics</c>; null
/// when the scrape failed). RSS well above committed is native memory or the runtime's; a heap that grows while no
/// gen2 collection runs may be garbage in gen2 that no collection has looked at yet.</summary>
internal sealed record MemorySample(TimeSpan At, long Rss, long? Heap, long? Committed, long? Gen2Collections);
