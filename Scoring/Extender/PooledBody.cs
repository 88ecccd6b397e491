using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Stork.Scoring.Extender;

/// <summary>A request body read into pooled 64 KB chunks as it arrives (never a buffer of the announced
/// Content-Length), then, when it spans several, joined into one pooled buffer of its actual length. Every
/// buffer counts against the <see cref="RequestBodyBudget"/> while held. Raw node objects are echoed from the
/// body, so it lives until the answer is written.</summary>
internal sealed class PooledBody : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly RequestBodyBudget budget;
    private byte[] buffer;
    private int length;

    private PooledBody(RequestBodyBudget budget, byte[] buffer, int length)
    {
        this.budget = budget;
        this.buffer = buffer;
        this.length = length;
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

        var chunks = new List<byte[]>();
        var total = 0;
        try
        {
            var filled = ChunkBytes;
            while (filled == ChunkBytes)
            {
                chunks.Add(Rent(budget, ChunkBytes));
                filled = await FillAsync(request.Body, chunks[^1], cancellationToken);
                total += filled;
                if (total > limit)
                {
                    throw TooLarge(limit);
                }
            }

            if (chunks.Count == 1)
            {
                var only = chunks[0];
                chunks.Clear();
                return new(budget, only, total);
            }

            var joined = Rent(budget, total);
            for (var i = 0; i < chunks.Count; i++)
            {
                var offset = i * ChunkBytes;
                chunks[i].AsSpan(0, Math.Min(ChunkBytes, total - offset)).CopyTo(joined.AsSpan(offset));
            }

            return new(budget, joined, total);
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                Return(budget, chunk);
            }
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

    /// <summary>Reads until <paramref name="chunk"/> is full or the body ends; returns the bytes read.</summary>
    private static async Task<int> FillAsync(Stream body, byte[] chunk, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < ChunkBytes && (read = await body.ReadAsync(chunk.AsMemory(filled, ChunkBytes - filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
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
