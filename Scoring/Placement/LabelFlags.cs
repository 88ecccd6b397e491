using Stork.Shared.Annotations;

namespace Stork.Scoring.Placement;

/// <summary>Reads boolean annotations, labels and parameters the way Stork does (Go's
/// <c>strconv.ParseBool</c>); a value that is not a Go boolean counts as the default and its key is
/// collected so the edge can log it once.</summary>
internal static class LabelFlags
{
    public static bool Read(
        IReadOnlyDictionary<string, string>? map,
        string key,
        bool fallback,
        ref List<string>? malformed)
    {
        if (map is null || !map.TryGetValue(key, out var text))
        {
            return fallback;
        }

        var value = GoBool.Parse(text);
        if (value is null)
        {
            (malformed ??= []).Add(key);
        }

        return value ?? fallback;
    }
}
