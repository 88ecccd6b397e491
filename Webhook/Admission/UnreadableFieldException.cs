namespace Stork.Webhook.Admission;

/// <summary>A member of the request that is present but cannot be read: the wrong JSON type, invalid UTF-8 or
/// a lone surrogate escape. Thrown and caught only inside the admission readers (<see cref="AdmissionBodyReader"/>,
/// <see cref="PodReader"/>), which turn it into a value; it never reaches the endpoint.</summary>
internal sealed class UnreadableFieldException(string field, string problem) : Exception($"{field} {problem}");
