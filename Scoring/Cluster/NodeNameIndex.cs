using System.IO.Hashing;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Stork.Scoring.Cluster;

/// <summary>Node names as UTF-8, numbered 0..n-1 in the order given (a node's slot), looked up straight from a
/// request's bytes: the names laid end to end in one array and an open-addressing table of (hash, slot) over them.
/// Why not a <see cref="Dictionary{TKey,TValue}"/> with a span lookup: its keys are the names' strings, scattered
/// over the heap between the Node objects they were read with, so at 5,000 names nearly every lookup misses the
/// cache (15 % of a NodeNames request's CPU in a profile); here the whole index is three arrays of a few hundred KB
/// and a lookup reads two places of them. The answers copy the names from there too (<see cref="PlainAt"/>), so a request
/// reads one copy of them. Immutable.</summary>
internal sealed class NodeNameIndex
{
    private readonly byte[] _names;
    private readonly int[] _starts;

    /// <summary>Per bucket: the name's hash in the high half, its slot + 1 in the low half; 0 is an empty bucket.</summary>
    private readonly ulong[] _buckets;

    /// <summary>Per slot: whether the name is written in JSON as its own bytes between quotes.</summary>
    private readonly bool[] _plain;

    public NodeNameIndex(IReadOnlyList<string> names)
    {
        _starts = new int[names.Count + 1];
        var length = 0;
        for (var i = 0; i < names.Count; i++)
        {
            _starts[i] = length;
            length += Encoding.UTF8.GetByteCount(names[i]);
        }

        _starts[names.Count] = length;
        _names = new byte[length];
        _buckets = new ulong[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)names.Count * 2))];
        _plain = new bool[names.Count];
        for (var slot = 0; slot < names.Count; slot++)
        {
            var name = NameAt(slot);
            Encoding.UTF8.GetBytes(names[slot], name);
            Insert(Hash(name), slot);
            _plain[slot] = name.SequenceEqual(JsonEncodedText.Encode(names[slot]).EncodedUtf8Bytes);
        }
    }

    /// <summary>The UTF-8 name in <paramref name="slot"/> when <see cref="Utf8JsonWriter"/> writes it as those very bytes
    /// between quotes (it escapes none of them: every Kubernetes node name, a DNS subdomain), else empty.</summary>
    public ReadOnlySpan<byte> PlainAt(int slot) => _plain[slot] ? NameAt(slot) : [];

    /// <summary>The slot of the name whose UTF-8 bytes are <paramref name="utf8"/>, or -1. Of equal names given, the
    /// first: it is the first on their probe chain.</summary>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var mask = _buckets.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var bucket = _buckets[i];
            if (bucket == 0)
            {
                return -1;
            }

            var slot = (int)(uint)bucket - 1;
            if ((uint)(bucket >> 32) == hash && utf8.SequenceEqual(NameAt(slot)))
            {
                return slot;
            }
        }
    }

    private Span<byte> NameAt(int slot) => _names.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]);

    private void Insert(uint hash, int slot)
    {
        var mask = _buckets.Length - 1;
        var i = (int)hash & mask;
        while (_buckets[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _buckets[i] = ((ulong)hash << 32) | (uint)(slot + 1);
    }

    /// <summary>XXH3: a few nanoseconds for a 40-byte name, where <see cref="HashCode.AddBytes"/> takes ~35.</summary>
    private static uint Hash(ReadOnlySpan<byte> utf8) => (uint)XxHash3.HashToUInt64(utf8);
}
