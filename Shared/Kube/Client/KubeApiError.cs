namespace Stork.Shared.Kube.Client;

/// <summary>A failed API call: the Status code and reason the server sent, or a transport failure
/// (code 0, reason <c>Transport</c>).</summary>
public sealed record KubeApiError(int Code, string Reason, string Message)
{
    public bool IsNotFound => Code == 404;

    /// <summary>410 Gone: the resourceVersion is too old; list again.</summary>
    public bool IsGone => Code == 410;

    public bool IsUnauthorized => Code is 401 or 403;

    public override string ToString() => $"{Code} {Reason}: {Message}";
}
