using System.Net;

namespace Stork.Shared.Storage.Portworx;

/// <summary>An SDK call that produced no usable answer: transport failure, an error status (with the
/// gateway's message), an unreadable body or an unreadable token file.</summary>
internal sealed class PortworxSdkException : Exception
{
    public PortworxSdkException(string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, innerException) =>
        StatusCode = statusCode;

    /// <summary>The HTTP status the gateway answered with; null when there was no answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Whether this says the SDK is unhealthy (and counts towards the circuit breaker), as
    /// opposed to a healthy SDK rejecting one request (404 for a missing volume, 400, ...).</summary>
    public bool IndicatesSdkFailure => StatusCode is null
        or >= HttpStatusCode.InternalServerError
        or HttpStatusCode.Unauthorized
        or HttpStatusCode.Forbidden
        or HttpStatusCode.RequestTimeout
        or HttpStatusCode.TooManyRequests;
}
