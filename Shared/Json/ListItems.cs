using System.Collections;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Json;

/// <summary>The valid items of a list page, and the ones <see cref="ListItemsConverter{T}"/> skipped.</summary>
internal sealed class ListItems<T>(IReadOnlyList<T> items, IReadOnlyList<RejectedObject> rejected) : IReadOnlyList<T>
{
    public IReadOnlyList<RejectedObject> Rejected => rejected;

    public int Count => items.Count;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
