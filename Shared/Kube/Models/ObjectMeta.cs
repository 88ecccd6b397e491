using System.Text.Json.Serialization;
using Stork.Shared.Json;

namespace Stork.Shared.Kube.Models;

/// <summary>metadata of any Kubernetes object; only the fields the services read.</summary>
public sealed record ObjectMeta
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("generateName")] public string? GenerateName { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("uid")] public string? Uid { get; set; }
    [JsonPropertyName("resourceVersion")] public string? ResourceVersion { get; set; }
    [JsonPropertyName("labels")]
    [JsonConverter(typeof(MetadataMapConverter))]
    public IReadOnlyDictionary<string, string>? Labels { get; set; }

    /// <summary>All annotations but <c>kubectl.kubernetes.io/last-applied-configuration</c> (see <see cref="MetadataMapConverter"/>).</summary>
    [JsonPropertyName("annotations")]
    [JsonConverter(typeof(MetadataMapConverter))]
    public IReadOnlyDictionary<string, string>? Annotations { get; set; }
    [JsonPropertyName("deletionTimestamp")] public DateTimeOffset? DeletionTimestamp { get; set; }

    public string? Label(string key) => Labels is not null && Labels.TryGetValue(key, out var v) ? v : null;

    public string? Annotation(string key) => Annotations is not null && Annotations.TryGetValue(key, out var v) ? v : null;
}
