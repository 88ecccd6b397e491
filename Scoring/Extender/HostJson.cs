using System.Text.Json;

namespace Stork.Scoring.Extender;

/// <summary>A node's name pre-encoded for the answers, once per cached node: the start of its HostPriority,
/// <c>{"Host":"NAME","Score":</c>, whose middle is its NodeNames entry <c>"NAME"</c>. Escaped as
/// <see cref="Utf8JsonWriter"/> escapes it, so that an answer written by copying these bytes is the one the
/// writer would have written.</summary>
internal static class HostJson
{
    private static ReadOnlySpan<byte> Start => "{\"Host\":"u8;

    private static ReadOnlySpan<byte> ScoreKey => ",\"Score\":"u8;

    public static byte[] Of(string name)
    {
        var encoded = JsonEncodedText.Encode(name).EncodedUtf8Bytes;
        var fragment = new byte[Start.Length + encoded.Length + 2 + ScoreKey.Length];
        Start.CopyTo(fragment);
        fragment[Start.Length] = (byte)'"';
        encoded.CopyTo(fragment.AsSpan(Start.Length + 1));
        fragment[Start.Length + 1 + encoded.Length] = (byte)'"';
        ScoreKey.CopyTo(fragment.AsSpan(Start.Length + encoded.Length + 2));
        return fragment;
    }

    /// <summary>The quoted name within <paramref name="fragment"/>, a JSON string value.</summary>
    public static ReadOnlySpan<byte> Name(byte[] fragment) =>
        fragment.AsSpan(Start.Length, fragment.Length - Start.Length - ScoreKey.Length);
}
