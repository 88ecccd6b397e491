namespace Stork.Scoring.Placement;

/// <summary>A per-node list of an extender request as a span: the loops over thousands of nodes index spans, where
/// the lists would cost an interface call per node.</summary>
internal static class ListSpans
{
    /// <summary>The list's own items for a <see cref="PooledList{T}"/> or an array, else a copy; empty for null.</summary>
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T>? list) => list switch
    {
        null => [],
        PooledList<T> pooled => pooled.AsSpan(),
        T[] array => array,
        _ => list.ToArray(),
    };
}
