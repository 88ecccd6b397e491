using System.Buffers;
using System.Text.Json;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>Writes an outcome as the AdmissionReview answer, straight to UTF-8 with pre-encoded member names: the
/// request's apiVersion, kind and uid echoed, always allowed, the patch (base64) only when there is one, the reason
/// as status message and audit annotations. A dry run gets the same answer: the webhook has no side effects besides
/// metrics and logs.</summary>
internal static class AdmissionAnswer
{
    public const string JsonPatchType = "JSONPatch";

    private static readonly JsonEncodedText ApiVersion = JsonEncodedText.Encode("apiVersion");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Response = JsonEncodedText.Encode("response");
    private static readonly JsonEncodedText Uid = JsonEncodedText.Encode("uid");
    private static readonly JsonEncodedText Allowed = JsonEncodedText.Encode("allowed");
    private static readonly JsonEncodedText PatchType = JsonEncodedText.Encode("patchType");
    private static readonly JsonEncodedText JsonPatch = JsonEncodedText.Encode(JsonPatchType);
    private static readonly JsonEncodedText Patch = JsonEncodedText.Encode("patch");
    private static readonly JsonEncodedText AuditAnnotations = JsonEncodedText.Encode("auditAnnotations");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode(MutationOutcome.OutcomeAuditKey);
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode(MutationOutcome.ReasonAuditKey);
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

    public static void Write(IBufferWriter<byte> output, AdmissionReview review, string uid, MutationOutcome outcome)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        WriteUnlessNull(writer, ApiVersion, review.ApiVersion);
        WriteUnlessNull(writer, Kind, review.Kind);
        writer.WriteStartObject(Response);
        writer.WriteString(Uid, uid);
        writer.WriteBoolean(Allowed, true);
        if (outcome.Patch.Count > 0)
        {
            writer.WriteString(PatchType, JsonPatch);
            writer.WriteBase64String(Patch, JsonSerializer.SerializeToUtf8Bytes(outcome.Patch, AdmissionJsonContext.Default.IReadOnlyListPatchOperation));
        }

        writer.WriteStartObject(AuditAnnotations);
        writer.WriteString(Outcome, outcome.Kind.Name);
        writer.WriteString(Reason, outcome.Reason);
        writer.WriteEndObject();
        writer.WriteStartObject(Status);
        writer.WriteNumber(Code, StatusCodes.Status200OK);
        writer.WriteString(Message, outcome.Reason);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteUnlessNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
