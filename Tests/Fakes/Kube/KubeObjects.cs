using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>Reads and stamps the metadata of raw JSON objects, as the API server does on a write.</summary>
internal static class KubeObjects
{
    public static JsonObject Metadata(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject metadata)
        {
            return metadata;
        }

        metadata = [];
        obj["metadata"] = metadata;
        return metadata;
    }

    public static string? Name(JsonObject obj) => (string?)(obj["metadata"]?["name"]);

    public static string? Namespace(JsonObject obj) => (string?)(obj["metadata"]?["namespace"]);

    public static string Key(KubeResourceType type, string? @namespace, string name) =>
        type.Namespaced ? $"{@namespace}/{name}" : name;

    public static string Key(KubeResourceType type, JsonObject obj) => Key(type, Namespace(obj), Name(obj)!);

    public static JsonObject Clone(JsonObject obj) => obj.DeepClone().AsObject();

    /// <summary>A copy of <paramref name="obj"/> ready to be created: kind, apiVersion, namespace (from the
    /// request path when absent), a name from generateName, uid and creationTimestamp. Throws
    /// <see cref="ArgumentException"/> when it has no name or a namespaced object has no namespace.</summary>
    public static JsonObject PrepareNew(KubeResourceType type, JsonObject obj, string? pathNamespace)
    {
        var prepared = Clone(obj);
        prepared["kind"] ??= type.Kind;
        prepared["apiVersion"] ??= type.ApiVersion;
        var metadata = Metadata(prepared);
        if (type.Namespaced && pathNamespace is not null)
        {
            metadata["namespace"] ??= pathNamespace;
        }

        if (metadata["name"] is null && (string?)metadata["generateName"] is { } prefix)
        {
            metadata["name"] = prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        }

        metadata["uid"] ??= Guid.NewGuid().ToString();
        metadata["creationTimestamp"] ??= DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Validate(type, prepared);
        return prepared;
    }

    /// <summary>Keeps what a replace must not change (uid, creationTimestamp, kind, apiVersion).</summary>
    public static JsonObject PrepareReplacement(JsonObject existing, JsonObject replacement)
    {
        var prepared = Clone(replacement);
        prepared["kind"] ??= existing["kind"]?.DeepClone();
        prepared["apiVersion"] ??= existing["apiVersion"]?.DeepClone();
        var metadata = Metadata(prepared);
        metadata["uid"] ??= existing["metadata"]?["uid"]?.DeepClone();
        metadata["creationTimestamp"] ??= existing["metadata"]?["creationTimestamp"]?.DeepClone();
        return prepared;
    }

    /// <summary>A list item: the object without kind and apiVersion, as the real server lists them.</summary>
    public static JsonObject AsListItem(JsonObject obj)
    {
        var item = Clone(obj);
        item.Remove("kind");
        item.Remove("apiVersion");
        return item;
    }

    private static void Validate(KubeResourceType type, JsonObject obj)
    {
        if (string.IsNullOrEmpty(Name(obj)))
        {
            throw new ArgumentException($"a {type.Kind} needs metadata.name or metadata.generateName");
        }

        if (type.Namespaced && string.IsNullOrEmpty(Namespace(obj)))
        {
            throw new ArgumentException($"a {type.Kind} needs metadata.namespace");
        }
    }
}
