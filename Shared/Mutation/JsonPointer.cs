namespace Stork.Shared.Mutation;

/// <summary>RFC 6901 JSON pointers: <c>~</c> is written <c>~0</c> and <c>/</c> is written <c>~1</c>.</summary>
internal static class JsonPointer
{
    public static string EscapeSegment(string segment) =>
        segment.AsSpan().IndexOfAny('~', '/') < 0 ? segment : segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer to <paramref name="segments"/> (unescaped member names), e.g. <c>/metadata/annotations/a~1b</c>.</summary>
    public static string Of(IReadOnlyList<string> segments) => Of(segments, segments.Count);

    /// <summary>The pointer to the first <paramref name="count"/> of <paramref name="segments"/>.</summary>
    public static string Of(IReadOnlyList<string> segments, int count)
    {
        var pointer = "";
        for (var i = 0; i < count; i++)
        {
            pointer = string.Concat(pointer, "/", EscapeSegment(segments[i]));
        }

        return pointer;
    }
}
