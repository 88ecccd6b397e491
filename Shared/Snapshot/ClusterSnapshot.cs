using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Snapshot;

/// <summary>A cluster frozen in a file (<c>--cluster-snapshot FILE</c>): Kubernetes objects (YAML documents,
/// JSON, or <c>kind: List</c>) and optionally a <c>kind: StorageTopology</c> document. It feeds the same
/// caches and rules as a live cluster, through the <see cref="IKubeApi"/> and storage driver seams.</summary>
internal sealed class ClusterSnapshot
{
    private static readonly Dictionary<string, string> PluralByKind = new(StringComparer.Ordinal)
    {
        ["Node"] = "nodes",
        ["Namespace"] = "namespaces",
        ["PersistentVolumeClaim"] = "persistentvolumeclaims",
        ["PersistentVolume"] = "persistentvolumes",
        ["StorageClass"] = "storageclasses",
        ["CSINode"] = "csinodes",
        ["Pod"] = "pods",
    };

    private readonly ILookup<string, JsonObject> objectsByPlural;

    private ClusterSnapshot(ILookup<string, JsonObject> objectsByPlural, StorageTopologyDocument? storage)
    {
        this.objectsByPlural = objectsByPlural;
        Storage = storage;
    }

    public StorageTopologyDocument? Storage { get; }

    /// <exception cref="InvalidOperationException">The file is missing, unreadable or holds an unknown kind.</exception>
    public static ClusterSnapshot Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"--cluster-snapshot: file '{path}' does not exist (looked for {Path.GetFullPath(path)})");
        }

        try
        {
            using var reader = File.OpenText(path);
            return FromDocuments(YamlJson.Documents(reader));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or JsonException)
        {
            throw new InvalidOperationException($"--cluster-snapshot: '{path}' is not valid YAML or JSON: {e.Message}", e);
        }
    }

    public static ClusterSnapshot FromDocuments(IEnumerable<JsonNode> documents)
    {
        var objects = new List<(string Plural, JsonObject Object)>();
        StorageTopologyDocument? storage = null;
        foreach (var item in documents.SelectMany(Flatten))
        {
            var kind = (string?)item["kind"] ?? throw new InvalidOperationException("--cluster-snapshot: an object has no kind");
            if (kind == StorageTopologyDocument.Kind)
            {
                storage = item.Deserialize(SnapshotJsonContext.Default.StorageTopologyDocument);
            }
            else if (PluralByKind.TryGetValue(kind, out var plural))
            {
                objects.Add((plural, item));
            }
            else
            {
                throw new InvalidOperationException($"--cluster-snapshot: kind '{kind}' is not one the services read");
            }
        }

        return new(objects.ToLookup(o => o.Plural, o => o.Object, StringComparer.Ordinal), storage);
    }

    /// <summary>Every object of <paramref name="resource"/>, decoded.</summary>
    public IReadOnlyList<T> Objects<T>(KubeResource<T> resource)
        where T : class, IKubeObject =>
        [.. objectsByPlural[resource.Plural].Select(o => o.Deserialize(resource.ItemType)).OfType<T>()];

    private static IEnumerable<JsonObject> Flatten(JsonNode document) =>
        document is JsonObject { } list && (string?)list["kind"] == "List"
            ? (list["items"]?.AsArray() ?? []).OfType<JsonObject>()
            : document is JsonObject single ? [single] : [];
}
