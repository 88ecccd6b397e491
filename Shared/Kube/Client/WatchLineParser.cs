using System.Text.Json;
using Stork.Shared.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>Decodes one line of a watch stream (pure). Anything that is not a well-formed event of a
/// known type carrying a valid object (<see cref="KubeObjectCheck"/>) becomes
/// <see cref="WatchEventType.Malformed"/>, with the reason, rather than an exception.</summary>
internal static class WatchLineParser
{
    public static WatchLine<T> Parse<T>(string line, KubeResource<T> resource)
        where T : class, IKubeObject
    {
        try
        {
            var watchEvent = JsonSerializer.Deserialize(line, KubeJsonContext.Default.WatchEvent);
            if (watchEvent is null || watchEvent.Object.ValueKind != JsonValueKind.Object)
            {
                return Malformed<T>("the line is not an event with an object");
            }

            return watchEvent.Type switch
            {
                "ADDED" => ObjectLine(WatchEventType.Added, watchEvent.Object, resource),
                "MODIFIED" => ObjectLine(WatchEventType.Modified, watchEvent.Object, resource),
                "DELETED" => ObjectLine(WatchEventType.Deleted, watchEvent.Object, resource),
                "BOOKMARK" => Bookmark<T>(watchEvent.Object),
                "ERROR" => new(WatchEventType.Error, null, null, watchEvent.Object.Deserialize(KubeJsonContext.Default.Status)),
                _ => Malformed<T>("unknown event type"),
            };
        }
        catch (JsonException e)
        {
            return Malformed<T>(e.Message);
        }
    }

    private static WatchLine<T> ObjectLine<T>(WatchEventType type, JsonElement element, KubeResource<T> resource)
        where T : class, IKubeObject
    {
        T? item;
        try
        {
            item = element.Deserialize(resource.ItemType);
        }
        catch (JsonException e)
        {
            return Malformed<T>(e.Message, KubeObjectCheck.KeyOf(element));
        }

        return KubeObjectCheck.Problem(item, resource.ItemType) is { } problem
            ? Malformed<T>(problem, KubeObjectCheck.KeyOf(element))
            : new(type, item, item!.Metadata.ResourceVersion, null);
    }

    private static WatchLine<T> Bookmark<T>(JsonElement element)
        where T : class, IKubeObject
    {
        var metadata = element.TryGetProperty("metadata", out var m) ? m.Deserialize(KubeJsonContext.Default.ObjectMeta) : null;
        return metadata?.ResourceVersion is { Length: > 0 } rv
            ? new(WatchEventType.Bookmark, null, rv, null)
            : Malformed<T>("a bookmark without metadata.resourceVersion");
    }

    private static WatchLine<T> Malformed<T>(string reason, string? key = null)
        where T : class, IKubeObject => new(WatchEventType.Malformed, null, null, null, new(key, reason));
}
