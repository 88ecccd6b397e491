using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record StorageClass : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; init; } = new();
    [JsonPropertyName("provisioner")] public string Provisioner { get; init; } = "";
    [JsonPropertyName("parameters")] public IReadOnlyDictionary<string, string>? Parameters { get; init; }
    /// <summary>Immediate (default) or WaitForFirstConsumer.</summary>
    [JsonPropertyName("volumeBindingMode")] public string? VolumeBindingMode { get; init; }
}
