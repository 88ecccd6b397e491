using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Stork.Scoring.Extender;

/// <summary>A request body read whole into a pooled buffer. Raw node objects are echoed from it, so it
/// lives until the answer is written.</summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] buffer;
    private int length;

    private PooledBody(byte[] buffer) => this.buffer = buffer;

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, length);

    /// <exception cref="BadHttpRequestException">The body exceeds <paramref name="limit"/> bytes (413).</exception>
    public static async Task<PooledBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var body = new PooledBody(ArrayPool<byte>.Shared.Rent((int)Math.Max(request.ContentLength ?? 0, 16 * 1024)));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.buffer.AsMemory(body.length), cancellationToken)) > 0)
            {
                body.length += read;
                if (body.length > limit)
                {
                    throw TooLarge(limit);
                }

                if (body.length == body.buffer.Length)
                {
                    body.Grow(limit);
                }
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        length = 0;
    }

    /// <summary>Called with a full buffer of at most <paramref name="limit"/> bytes: room for one byte more
    /// tells a body of exactly the limit from a larger one.</summary>
    private void Grow(int limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private static BadHttpRequestException TooLarge(int limit) =>
        new($"request body larger than {limit} bytes", StatusCodes.Status413PayloadTooLarge);
}
