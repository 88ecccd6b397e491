using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Admission;

/// <summary><c>request.object</c> as read in the one pass over the body: where its raw JSON lies in the body
/// (the patch is built against those bytes) and, when it is an object, the object decoded as a Pod or why it
/// cannot be (whether it should be one depends on <c>request.kind</c>, which may come later in the body).</summary>
/// <param name="Start">Offset of its first byte in the body.</param>
/// <param name="Length">Length of its raw JSON in bytes.</param>
internal sealed record RequestObject(int Start, int Length, Pod? Pod, string? PodError);
