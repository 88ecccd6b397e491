using System.Text.Json.Serialization;
using Stork.Shared.Json;

namespace Stork.Shared.Kube.Models;

/// <summary>A page of a list answer (items carry no kind/apiVersion on the wire).</summary>
public sealed record KubeList<T>
{
    [JsonPropertyName("metadata")] public ListMeta Metadata { get; set; } = new();

    /// <summary>The valid items; the others are in <see cref="Rejected"/>.</summary>
    [JsonPropertyName("items")]
    [JsonConverter(typeof(ListItemsConverterFactory))]
    public IReadOnlyList<T> Items { get; set; } = [];

    /// <summary>The items skipped as invalid when the page was decoded.</summary>
    [JsonIgnore]
    public IReadOnlyList<RejectedObject> Rejected => Items is ListItems<T> decoded ? decoded.Rejected : [];
}
