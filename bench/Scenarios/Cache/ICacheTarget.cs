namespace Stork.Bench.Scenarios.Cache;

/// <summary>A resource the scenario caches: how to build its product cache and how to measure, offline,
/// what the client does with its list pages.</summary>
internal interface ICacheTarget
{
    /// <summary>The plural, e.g. <c>persistentvolumeclaims</c>.</summary>
    string Resource { get; }

    /// <summary>The fake's collection path, e.g. <c>/api/v1/persistentvolumeclaims</c>.</summary>
    string CollectionPath { get; }

    /// <summary>What every list page adds to its query: <c>&amp;fieldSelector=…</c> or nothing.</summary>
    string SelectorQuery { get; }

    ICacheUnderTest CreateCache();

    /// <summary>Deserializes <paramref name="pages"/> (list bodies as served) and loads the objects into a
    /// fresh cache, timing each step on this thread.</summary>
    ParseApplyCost MeasureParseApply(IReadOnlyList<byte[]> pages);
}
