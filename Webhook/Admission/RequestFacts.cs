using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>Turns the wire request into the facts the decision reads; the Pod was decoded once, with the body.</summary>
internal static class RequestFacts
{
    /// <summary>The facts, and an error when a member of the request, or the object of a Pod request as a Pod, cannot be read.</summary>
    /// <param name="body">The body <paramref name="request"/> was read from: the facts' raw object is a slice of it.</param>
    public static (AdmissionFacts Facts, string? Error) From(AdmissionRequest request, ReadOnlyMemory<byte> body)
    {
        var group = request.Kind?.Group ?? "";
        var kind = request.Kind?.Kind ?? "";
        var @object = request.Object;
        var isPod = group.Length == 0 && kind == "Pod";
        var pod = isPod ? @object?.Pod : null;
        var error = request.Unreadable is { } unreadable ? $"the request is not readable: {unreadable}" : isPod ? @object?.PodError : null;
        var raw = @object is null ? ReadOnlyMemory<byte>.Empty : body.Slice(@object.Start, @object.Length);
        var @namespace = pod?.Metadata.Namespace is { Length: > 0 } podNamespace ? podNamespace : request.Namespace;
        var facts = new AdmissionFacts(request.Operation ?? "", group, kind, request.SubResource ?? "", @namespace, pod, raw);
        return (facts, error);
    }
}
