using System.Buffers;
using CommunityToolkit.HighPerformance.Buffers;

namespace Stork.Scoring.Extender;

/// <summary>Answers shared by the extender's endpoints.</summary>
internal static class ExtenderAnswers
{
    /// <summary>The outcome label of a request that could not be read.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>What an answer takes per request node beyond the request's own bytes, which hold every name already
    /// quoted: a HostPriority's keys and score, or a failed node's reason. Room enough is reserved up front; a
    /// larger answer grows its buffer.</summary>
    private const int RoomPerNode = 48;

    /// <summary>Sends a JSON answer of the NodeNames form (a few hundred KB at 5,000 nodes) whole: written into one pooled
    /// buffer, then handed to the connection in one write with its Content-Length. Written into the response pipe
    /// instead it would go a 4 KB block at a time and out chunked, which measured about 0.1 ms slower per
    /// 300 KB answer.</summary>
    public static async Task WriteWholeAsync(HttpContext context, ExtenderRequest request, Action<IBufferWriter<byte>> write)
    {
        using var answer = new ArrayPoolBufferWriter<byte>(request.Body!.Memory.Length + (RoomPerNode * request.Args!.Nodes.Count));
        write(answer);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = answer.WrittenCount;
        await context.Response.Body.WriteAsync(answer.WrittenMemory, context.RequestAborted);
    }

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
