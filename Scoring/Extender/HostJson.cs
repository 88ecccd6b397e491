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

    /// <summary>The fragments of all <paramref name="names"/>, laid end to end in one array in their order: an answer
    /// that names nodes in that order copies them from consecutive memory rather than from an array per node.</summary>
    public static ReadOnlyMemory<byte>[] OfAll(IReadOnlyList<string> names)
    {
        var fragments = new byte[names.Count][];
        for (var i = 0; i < fragments.Length; i++)
        {
            fragments[i] = Of(names[i]);
        }

        var all = new byte[fragments.Sum(f => (long)f.Length)];
        var slices = new ReadOnlyMemory<byte>[fragments.Length];
        var at = 0;
        for (var i = 0; i < fragments.Length; i++)
        {
            fragments[i].CopyTo(all, at);
            slices[i] = all.AsMemory(at, fragments[i].Length);
            at += fragments[i].Length;
        }

        return slices;
    }

    /// <summary>The quoted name within <paramref name="fragment"/>, a JSON string value.</summary>
    public static ReadOnlySpan<byte> Name(ReadOnlySpan<byte> fragment) =>
        fragment[Start.Length..^ScoreKey.Length];
}
