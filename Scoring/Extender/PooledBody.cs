using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Stork.Scoring.Extender;

/// <summary>A request body read as it arrives into a pooled buffer that starts at 64 KB and grows fourfold when full
/// (never a buffer of the announced Content-Length; each size comes from its own pool bucket, whereas hundreds
/// of 64 KB chunks held at once would overflow the pool's bucket and be allocated afresh). Fourfold rather than
/// twofold: the 220 KB of 5,000 NodeNames are copied once (64 KB), not twice (64 + 128 KB). Every buffer counts
/// against the <see cref="RequestBodyBudget"/> while held. Raw node objects are echoed from the body, so it
/// lives until the answer is written.</summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstBytes = 64 * 1024;

    private readonly RequestBodyBudget budget;
    private byte[] buffer;
    private int length;

    private PooledBody(RequestBodyBudget budget, byte[] buffer)
    {
        this.budget = budget;
        this.buffer = buffer;
    }

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, length);

    /// <exception cref="BadHttpRequestException">The body exceeds <paramref name="limit"/> bytes (413), or the
    /// budget has no room for it (503).</exception>
    public static async Task<PooledBody> ReadAsync(HttpRequest request, int limit, RequestBodyBudget budget, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var body = new PooledBody(budget, Rent(budget, FirstBytes));
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
        if (buffer.Length > 0)
        {
            Return(budget, buffer);
        }

        buffer = [];
        length = 0;
    }

    /// <summary>Called with a full buffer of at most <paramref name="limit"/> bytes: room for one byte more
    /// tells a body of exactly the limit from a larger one.</summary>
    private void Grow(int limit)
    {
        var larger = Rent(budget, (int)Math.Min(buffer.Length * 4L, limit + 1L));
        buffer.AsSpan(0, length).CopyTo(larger);
        Return(budget, buffer);
        buffer = larger;
    }

    private static byte[] Rent(RequestBodyBudget budget, int bytes)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(bytes, 1));
        if (!budget.TryReserve(rented.Length))
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw new BadHttpRequestException("too many request bytes in flight; retry shortly", StatusCodes.Status503ServiceUnavailable);
        }

        return rented;
    }

    private static void Return(RequestBodyBudget budget, byte[] rented)
    {
        budget.Release(rented.Length);
        ArrayPool<byte>.Shared.Return(rented);
    }

    private static BadHttpRequestException TooLarge(int limit) =>
        new($"request body larger than {limit} bytes", StatusCodes.Status413PayloadTooLarge);
}
