using System.Text.Json;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>Turns an outcome into the AdmissionReview answer: the request's apiVersion, kind and uid echoed,
/// always allowed, the patch (base64) only when there is one, the reason as status message and audit
/// annotations. A dry run gets the same answer: the webhook has no side effects besides metrics and logs.</summary>
internal static class AdmissionAnswer
{
    public static AdmissionReview For(AdmissionReview review, string uid, MutationOutcome outcome)
    {
        var patch = outcome.Patch.Count == 0
            ? null
            : JsonSerializer.SerializeToUtf8Bytes(outcome.Patch, AdmissionJsonContext.Default.IReadOnlyListPatchOperation);
        return new AdmissionReview
        {
            ApiVersion = review.ApiVersion,
            Kind = review.Kind,
            Response = new AdmissionResponse
            {
                Uid = uid,
                Allowed = true,
                PatchType = patch is null ? null : AdmissionResponse.JsonPatchType,
                Patch = patch,
                AuditAnnotations = new AuditAnnotations(outcome.Kind.Name, outcome.Reason),
                Status = new AdmissionStatus { Code = StatusCodes.Status200OK, Message = outcome.Reason },
            },
        };
    }
}
