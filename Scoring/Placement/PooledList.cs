using System.Buffers;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stork.Scoring.Placement;

/// <summary>A list over an array rented from <see cref="ArrayPool{T}.Shared"/>, for the per-node lists of one extender
/// request (its candidates, the passing names, a score per node): at 5,000 nodes each would be 40 to 120 KB of garbage
/// per request. The endpoint that writes the answer disposes it, which hands the array back; a list nobody disposes (a
/// test, the explain command) is simply collected. Empty once disposed.</summary>
internal sealed class PooledList<T> : IReadOnlyList<T>, IDisposable
{
    private T[] items;

    public PooledList(int capacity) => items = capacity > 0 ? ArrayPool<T>.Shared.Rent(capacity) : [];

    public int Count { get; private set; }

    public T this[int index] => (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Grow();
        }

        // The array is exactly a T[] (rented for T, never an array of a subtype), so the store needs no covariance
        // check; shared generic code over reference types cannot drop it, and a 5,000-node request pays it 10,000 times.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), Count++) = item;
    }

    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    public void Dispose()
    {
        Return(items, Count);
        items = [];
        Count = 0;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(4, items.Length * 2));
        items.AsSpan(0, Count).CopyTo(larger);
        Return(items, Count);
        items = larger;
    }

    /// <summary>Cleared first, so that the pool holds no node or name alive.</summary>
    private static void Return(T[] rented, int count)
    {
        if (rented.Length == 0)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(rented, 0, count);
        }

        ArrayPool<T>.Shared.Return(rented);
    }
}
