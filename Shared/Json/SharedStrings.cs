using System.Collections.Concurrent;

namespace Stork.Shared.Json;

/// <summary>One instance of each repeated short string the caches hold (label keys, provisioner names, namespaces,
/// node names), process-wide. Bounded, so high-cardinality values cannot grow it without limit: past the bound, or
/// for a long text, the given instance is kept.</summary>
internal static class SharedStrings
{
    private const int MaxPooledLength = 64;
    private const int MaxPoolSize = 50_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Share(string text) =>
        text.Length > MaxPooledLength ? text
        : Pool.TryGetValue(text, out var shared) ? shared
        : Pool.Count < MaxPoolSize ? Pool.GetOrAdd(text, text)
        : text;

    public static string? ShareOrNull(string? text) => text is null ? null : Share(text);
}
