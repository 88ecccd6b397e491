namespace Stork.Tests.Fakes.Malformed;

/// <summary>One body a peer should never send, named by how it was cut from a valid one.</summary>
public sealed record MalformedBody(string Kind, byte[] Bytes)
{
    public override string ToString() => Kind;
}
