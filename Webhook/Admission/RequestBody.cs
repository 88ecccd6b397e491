using System.Buffers;

namespace Stork.Webhook.Admission;

/// <summary>A request body read whole into one pooled buffer, held for the length of the admission (the patch is
/// built against its bytes); disposing returns the buffer.</summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? buffer;

    private RequestBody(byte[] buffer, int length)
    {
        this.buffer = buffer;
        Json = buffer.AsMemory(0, length);
    }

    public ReadOnlyMemory<byte> Json { get; private set; }

    /// <summary>The body, or null when it exceeds <paramref name="maxBytes"/> (by Content-Length or as read).</summary>
    public static async ValueTask<RequestBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var sequence = result.Buffer;
            if (sequence.Length > maxBytes)
            {
                reader.AdvanceTo(sequence.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var length = (int)sequence.Length;
                var buffer = ArrayPool<byte>.Shared.Rent(length);
                sequence.CopyTo(buffer);
                reader.AdvanceTo(sequence.End);
                return new RequestBody(buffer, length);
            }

            reader.AdvanceTo(sequence.Start, sequence.End);
        }
    }

    public void Dispose()
    {
        if (buffer is { } returned)
        {
            buffer = null;
            Json = ReadOnlyMemory<byte>.Empty;
            ArrayPool<byte>.Shared.Return(returned);
        }
    }
}
