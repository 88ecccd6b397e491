using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record CsiNodeSpec
{
    [JsonPropertyName("drivers")] public IReadOnlyList<CsiNodeDriver>? Drivers { get; set; }
}
