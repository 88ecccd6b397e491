namespace Stork.Shared.Kube.Models;

/// <summary>An object from the API that did not decode into a valid model, and why.</summary>
/// <param name="Key"><c>namespace/name</c> (or <c>name</c>) when its metadata is readable, else null.</param>
/// <param name="Reason">What is wrong with it, e.g. <c>$.spec is missing</c>.</param>
public sealed record RejectedObject(string? Key, string Reason);
