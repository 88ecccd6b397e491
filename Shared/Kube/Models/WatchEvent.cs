using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

/// <summary>One line of a watch stream. The object stays raw until the type is known:
/// an ERROR line carries a Status, a BOOKMARK only metadata.resourceVersion.</summary>
public sealed record WatchEvent
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("object")] public JsonElement Object { get; set; }
}
