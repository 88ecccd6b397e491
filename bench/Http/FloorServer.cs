using System.Buffers;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Stork.Bench.Reporting;

namespace Stork.Bench.Http;

/// <summary>The floor a service is measured against: a bare Kestrel app (slim builder, no logging, no
/// middleware) that reads the whole body into a pooled buffer and runs a <see cref="System.Text.Json.Utf8JsonReader"/> over
/// every token of it. That is cheaper than <c>JsonDocument.Parse</c>, which also builds an index, and than
/// any deserialization: the least a server that looks at the JSON at all can do.</summary>
internal static class FloorServer
{
    /// <summary>Reads, passes over every token, answers <c>{}</c>.</summary>
    public const string ParsePath = "/parse";

    /// <summary>Reads, passes over every token, answers the request body itself (for answers as large as the request).</summary>
    public const string EchoPath = "/echo";

    private static readonly byte[] Tiny = "{}"u8.ToArray();

    /// <param name="certificate">Serve HTTPS (TLS 1.2+) with it; plain HTTP when null.</param>
    public static WebApplication Build(X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate, https => https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13);
                }
            });
        });
        var app = builder.Build();
        app.MapPost(ParsePath, context => AnswerAsync(context, echo: false));
        app.MapPost(EchoPath, context => AnswerAsync(context, echo: true));
        return app;
    }

    private static async Task AnswerAsync(HttpContext context, bool echo)
    {
        var cancellationToken = context.RequestAborted;
        var (buffer, length) = await ReadBodyAsync(context.Request, cancellationToken);
        try
        {
            var tokens = PhaseTimer.CountTokens(buffer.AsSpan(0, length));
            context.Response.StatusCode = tokens > 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json";
            var answer = echo ? buffer.AsMemory(0, length) : Tiny;
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The whole body in a rented buffer (sized by Content-Length, grown if needed).</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(request.ContentLength ?? 0, 16 * 1024));
        var length = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return (buffer, length);
    }
}
