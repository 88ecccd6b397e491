using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record NodeSelectorRequirement
{
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    /// <summary>In, NotIn, Exists, DoesNotExist, Gt, Lt.</summary>
    [JsonPropertyName("operator")] public string Operator { get; set; } = "";
    [JsonPropertyName("values")] public IReadOnlyList<string>? Values { get; set; }
}
