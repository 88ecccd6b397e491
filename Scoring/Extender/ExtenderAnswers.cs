namespace Stork.Scoring.Extender;

/// <summary>Answers shared by the extender's endpoints.</summary>
internal static class ExtenderAnswers
{
    /// <summary>The outcome label of a request that could not be read.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>HTTP 400 (or 413, or 503 with Retry-After) with the reason as plain text.</summary>
    public static async Task RejectAsync(HttpContext context, ExtenderRequest request, string verb, ILogger logger)
    {
        logger.BadRequest(verb, request.Error!);
        context.Response.StatusCode = request.StatusCode;
        if (request.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        if (request.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status503ServiceUnavailable)
        {
            // The rest of the body stays unread and the server drops the connection: say so, lest the
            // client reuse it for its next request.
            context.Response.Headers.Connection = "close";
        }

        await context.Response.WriteAsync(request.Error!, context.RequestAborted);
    }
}
