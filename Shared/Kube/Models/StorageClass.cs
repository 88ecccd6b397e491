using System.Text.Json.Serialization;

namespace Stork.Shared.Kube.Models;

public sealed record StorageClass : IKubeObject
{
    [JsonPropertyName("metadata")] public ObjectMeta Metadata { get; set; } = new();
    [JsonPropertyName("provisioner")] public string Provisioner { get; set; } = "";
    [JsonPropertyName("parameters")] public IReadOnlyDictionary<string, string>? Parameters { get; set; }
    /// <summary>Immediate (default) or WaitForFirstConsumer.</summary>
    [JsonPropertyName("volumeBindingMode")] public string? VolumeBindingMode { get; set; }
}
