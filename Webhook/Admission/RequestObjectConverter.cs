using System.Text.Json;
using System.Text.Json.Serialization;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Admission;

/// <summary>Reads <c>request.object</c> in place, in the same pass as the rest of the body: the object is decoded as
/// a Pod by the Pod's source-generated converter straight from the reader, and its byte range recorded, instead of
/// being copied into a document and decoded again. Only for bodies read from one contiguous buffer
/// (<see cref="AdmissionBodyReader.Parse"/>), where token offsets are offsets in the body.</summary>
internal sealed class RequestObjectConverter : JsonConverter<RequestObject>
{
    private static readonly JsonConverter<Pod> PodConverter =
        (JsonConverter<Pod>)KubeResources.Pods.ItemType.Options.GetConverter(typeof(Pod));

    public override RequestObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = (int)reader.TokenStartIndex;
        var (pod, error) = reader.TokenType == JsonTokenType.StartObject ? ReadPod(ref reader) : (null, null);
        if (pod is null)
        {
            reader.Skip();
        }

        return new RequestObject(start, (int)reader.BytesConsumed - start, pod, error);
    }

    public override void Write(Utf8JsonWriter writer, RequestObject value, JsonSerializerOptions options) =>
        throw new NotSupportedException("request.object is read, never written");

    /// <summary>On success <paramref name="reader"/> ends on the object's last token; on failure it has not moved
    /// (the caller skips the object, which fails only when the JSON itself is malformed).</summary>
    private static (Pod? Pod, string? Error) ReadPod(ref Utf8JsonReader reader)
    {
        var copy = reader;
        try
        {
            var pod = PodConverter.Read(ref copy, typeof(Pod), KubeResources.Pods.ItemType.Options);
            reader = copy;
            return (pod, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, $"request.object is not a readable Pod: {e.Message}");
        }
    }
}
