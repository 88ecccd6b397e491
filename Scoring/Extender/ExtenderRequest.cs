namespace Stork.Scoring.Extender;

/// <summary>One extender request as read: the args and the body they point into (nodes of the Nodes form
/// are echoed from it, so it lives until the answer is written), or the HTTP status and message of a
/// request that cannot be read.</summary>
internal sealed class ExtenderRequest : IDisposable
{
    private ExtenderRequest(PooledBody? body, ExtenderArgs? args, int statusCode, string? error)
    {
        Body = body;
        Args = args;
        StatusCode = statusCode;
        Error = error;
    }

    public PooledBody? Body { get; }

    public ExtenderArgs? Args { get; }

    /// <summary>200 for a readable request, else 400 or 413.</summary>
    public int StatusCode { get; }

    public string? Error { get; }

    public static ExtenderRequest Read(PooledBody body, ExtenderArgs args) => new(body, args, StatusCodes.Status200OK, null);

    public static ExtenderRequest Bad(int statusCode, string error) => new(null, null, statusCode, error);

    public void Dispose()
    {
        Args?.Dispose();
        Body?.Dispose();
    }
}
