using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Json;

/// <summary>Whether a decoded object is one the caches and their readers can hold (pure): it has
/// <c>metadata.name</c>, no property declared non-nullable is null (<c>"spec": null</c>, <c>"type": null</c>),
/// and no array or map holds a null entry (<c>status.addresses: [null]</c>). Absent required parts
/// (<c>spec</c> of a PV, PVC or CSINode) already fail decoding (<c>[JsonRequired]</c>). The walk follows the
/// source-generated metadata of the models, so a field added to a model is checked without more code.</summary>
internal static class KubeObjectCheck
{
    /// <summary>Null when <paramref name="item"/> is valid, else what is wrong, naming the JSON path.</summary>
    public static string? Problem<T>(T? item, JsonTypeInfo<T> type)
        where T : class, IKubeObject =>
        item switch
        {
            null => "the object is null",
            { Metadata: null } => "$.metadata is null",
            { Metadata.Name: null or "" } => "$.metadata.name is missing",
            _ => NullInside(item, type, "$"),
        };

    /// <summary><c>namespace/name</c> of a raw object when its metadata is readable.</summary>
    public static string? KeyOf(JsonElement element)
    {
        try
        {
            return ReadKey(element);
        }
        catch (InvalidOperationException)
        {
            return null; // A lone surrogate escape (\ud800) in the name or namespace.
        }
    }

    private static string? ReadKey(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return metadata.TryGetProperty("namespace", out var ns) && ns.ValueKind == JsonValueKind.String && ns.GetString() is { Length: > 0 } n
            ? $"{n}/{name.GetString()}"
            : name.GetString();
    }

    private static string? NullInside(object value, JsonTypeInfo type, string path) => type.Kind switch
    {
        JsonTypeInfoKind.Object => NullProperty(value, type, path),
        JsonTypeInfoKind.Enumerable => NullEntry((IEnumerable)value, type, path),
        JsonTypeInfoKind.Dictionary when value is IDictionary map => NullValue(map, type, path),
        _ => null,
    };

    private static string? NullProperty(object value, JsonTypeInfo type, string path)
    {
        foreach (var property in type.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            var here = $"{path}.{property.Name}";
            var child = property.Get(value);
            var problem = child is null
                ? property.IsGetNullable ? null : here + " is null"
                : NullInside(child, type.Options.GetTypeInfo(property.PropertyType), here);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? NullEntry(IEnumerable entries, JsonTypeInfo type, string path)
    {
        var elementType = type.Options.GetTypeInfo(type.ElementType!);
        var index = 0;
        foreach (var entry in entries)
        {
            var here = $"{path}[{index++}]";
            var problem = entry is null ? here + " is null" : NullInside(entry, elementType, here);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? NullValue(IDictionary map, JsonTypeInfo type, string path)
    {
        var valueType = type.Options.GetTypeInfo(type.ElementType!);
        foreach (DictionaryEntry entry in map)
        {
            var here = $"{path}['{entry.Key}']";
            var problem = entry.Value is null ? here + " is null" : NullInside(entry.Value, valueType, here);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
