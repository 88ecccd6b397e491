using System.Text;
using System.Text.Json;

namespace Stork.Scoring.Extender;

/// <summary>Matches a JSON property name against a small set of wanted keys without allocating a string
/// for keys that are not wanted.</summary>
internal sealed class KeyMatcher
{
    private readonly (byte[] Utf8, string Key)[] keys;

    public KeyMatcher(IEnumerable<string> wanted) =>
        keys = wanted.Distinct(StringComparer.Ordinal).Select(k => (Encoding.UTF8.GetBytes(k), k)).ToArray();

    /// <summary>The wanted key the reader's current property name equals, or null; a name that does not
    /// unescape (a lone surrogate escape) is malformed, named by <paramref name="field"/>.</summary>
    public string? Match(ref Utf8JsonReader reader, string field)
    {
        if (reader.ValueIsEscaped)
        {
            _ = JsonText.Read(ref reader, field + " key");
        }

        foreach (var (utf8, key) in keys)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return key;
            }
        }

        return null;
    }
}
