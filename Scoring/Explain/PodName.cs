namespace Stork.Scoring.Explain;

/// <summary>A pod named <c>NAMESPACE/NAME</c>, as <c>explain --pod-name</c> and <c>GET /explain?pod=</c> take it (pure).</summary>
internal static class PodName
{
    /// <summary>The two parts of <paramref name="text"/>; false unless it is exactly two non-empty parts around one slash.</summary>
    public static bool TryParse(string? text, out string @namespace, out string name)
    {
        (@namespace, name) = text?.Split('/') is [{ Length: > 0 } given, { Length: > 0 } named] ? (given, named) : ("", "");
        return name.Length > 0;
    }
}
