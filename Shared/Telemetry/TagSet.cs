namespace Stork.Shared.Telemetry;

/// <summary>
/// The tags of one measurement, as a dictionary key. Equality and hash ignore tag order, so the same
/// tags passed in any order find the same series; <see cref="TagSetComparer"/> compares a key with the
/// measurement's tag span directly, so a lookup of an existing series allocates nothing.
/// </summary>
internal sealed class TagSet
{
    private readonly KeyValuePair<string, object?>[] tags;

    public TagSet(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        this.tags = tags.ToArray();
        Hash = HashOf(tags);
    }

    public int Hash { get; }

    public ReadOnlySpan<KeyValuePair<string, object?>> Tags => tags;

    public static int HashOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var hash = 0;
        foreach (var tag in tags)
        {
            hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(tag.Key), tag.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }

    public bool Matches(ReadOnlySpan<KeyValuePair<string, object?>> other)
    {
        if (other.Length != tags.Length)
        {
            return false;
        }

        foreach (var tag in other)
        {
            if (!Contains(tag))
            {
                return false;
            }
        }

        return true;
    }

    private bool Contains(KeyValuePair<string, object?> tag)
    {
        foreach (var own in tags)
        {
            if (string.Equals(own.Key, tag.Key, StringComparison.Ordinal) && Equals(own.Value, tag.Value))
            {
                return true;
            }
        }

        return false;
    }
}
