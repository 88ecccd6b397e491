using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>A page of a list answer (items carry no kind/apiVersion on the wire).</summary>
public sealed record KubeList<T>
{
    [JsonPropertyName("metadata")] public ListMeta Metadata { get; set; } = new();
    [JsonPropertyName("items")] public IReadOnlyList<T> Items { get; set; } = [];
}
