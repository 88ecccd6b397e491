using System.Buffers;

namespace Stork.Webhook.Admission;

/// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, for an answer whose length must
/// be known (Content-Length) before it is sent; disposing returns the array.</summary>
internal sealed class PooledBufferWriter(int initialCapacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int WrittenCount { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, WrittenCount);

    public void Advance(int count) => WrittenCount += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Grow(sizeHint).AsMemory(WrittenCount);

    public Span<byte> GetSpan(int sizeHint = 0) => Grow(sizeHint).AsSpan(WrittenCount);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        WrittenCount = 0;
    }

    private byte[] Grow(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
            buffer.AsSpan(0, WrittenCount).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        return buffer;
    }
}
