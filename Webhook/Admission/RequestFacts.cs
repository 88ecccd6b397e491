using System.Text.Json;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>Turns the wire request into the facts the decision reads; a Pod is decoded once, here.</summary>
internal static class RequestFacts
{
    /// <summary>The facts, and an error when the object of a Pod request cannot be read as a Pod.</summary>
    public static (AdmissionFacts Facts, string? Error) From(AdmissionRequest request)
    {
        var group = request.Kind?.Group ?? "";
        var kind = request.Kind?.Kind ?? "";
        var raw = request.Object ?? default;
        var (pod, error) = group.Length == 0 && kind == "Pod" && raw.ValueKind == JsonValueKind.Object ? DecodePod(raw) : (null, null);
        var @namespace = pod?.Metadata.Namespace is { Length: > 0 } podNamespace ? podNamespace : request.Namespace;
        var facts = new AdmissionFacts(request.Operation ?? "", group, kind, request.SubResource ?? "", @namespace, pod, raw);
        return (facts, error);
    }

    private static (Pod? Pod, string? Error) DecodePod(JsonElement raw)
    {
        try
        {
            return (raw.Deserialize(KubeResources.Pods.ItemType), null);
        }
        catch (JsonException e)
        {
            return (null, $"request.object is not a readable Pod: {e.Message}");
        }
    }
}
