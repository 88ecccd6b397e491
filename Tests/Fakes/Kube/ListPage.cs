using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>One page of a list: the items (without kind/apiVersion) and the key to continue after.</summary>
internal sealed record ListPage(IReadOnlyList<JsonObject> Items, long Version, string? LastKey)
{
    /// <summary>Up to <paramref name="limit"/> (0: all) of the key-ordered <paramref name="objects"/> after
    /// <paramref name="afterKey"/>; <see cref="LastKey"/> is set when more follow.</summary>
    public static ListPage Of(
        IEnumerable<KeyValuePair<string, JsonObject>> objects, int limit, string? afterKey, long version)
    {
        var page = objects
            .Where(pair => afterKey is null || string.CompareOrdinal(pair.Key, afterKey) > 0)
            .Take(limit <= 0 ? int.MaxValue : limit + 1)
            .ToList();
        var more = limit > 0 && page.Count > limit;
        var items = page.Take(more ? limit : page.Count).ToList();
        return new ListPage(
            items.Select(pair => KubeObjects.AsListItem(pair.Value)).ToList(), version, more ? items[^1].Key : null);
    }
}
