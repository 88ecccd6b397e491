using System.Buffers;

namespace Stork.Scoring.Extender;

/// <summary>Writes many small pieces into an <see cref="IBufferWriter{T}"/> a span at a time: it takes a span, fills
/// it and hands it back with one <c>Advance</c>, instead of a <c>GetSpan</c>/<c>Advance</c> pair per piece (an answer
/// of 5,000 nodes is 15,000 pieces, and on Kestrel's response pipe each pair costs more than its copy).
/// <see cref="System.Text.Json.Utf8JsonWriter"/> buffers the same way, but it writes whole JSON values only, and the
/// start of a HostPriority is not one. <see cref="Flush"/> before anything else writes to the output.</summary>
internal ref struct ChunkWriter(IBufferWriter<byte> output)
{
    private Span<byte> span;
    private int used;

    public void Write(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        used += bytes.Length;
    }

    /// <summary>Three pieces in a row, with one check for room.</summary>
    public void Write(scoped ReadOnlySpan<byte> first, scoped ReadOnlySpan<byte> second, scoped ReadOnlySpan<byte> third)
    {
        var room = Room(first.Length + second.Length + third.Length);
        first.CopyTo(room);
        second.CopyTo(room[first.Length..]);
        third.CopyTo(room[(first.Length + second.Length)..]);
        used += first.Length + second.Length + third.Length;
    }

    /// <summary>At least <paramref name="bytes"/> bytes to write into; <see cref="Advance"/> by what was written.</summary>
    public Span<byte> Room(int bytes)
    {
        if (span.Length - used < bytes)
        {
            Flush();
            span = output.GetSpan(bytes);
        }

        return span[used..];
    }

    public void Advance(int bytes) => used += bytes;

    /// <summary>Hands what was written to the output.</summary>
    public void Flush()
    {
        if (used > 0)
        {
            output.Advance(used);
        }

        span = default;
        used = 0;
    }
}
