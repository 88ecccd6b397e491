using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>A <c>fieldSelector</c> of equality terms (<c>spec.schedulerName=stork,spec.nodeName=n1</c>; <c>==</c>
/// and <c>!=</c> too), matched against an object's JSON as the API server does for the fields it indexes.
/// A missing field reads as the empty string.</summary>
internal sealed class FieldSelector
{
    private readonly (string[] Path, string Value, bool Equal)[] _terms;

    private FieldSelector((string[] Path, string Value, bool Equal)[] terms) => _terms = terms;

    /// <summary>Null for an empty selector (everything matches).</summary>
    public static FieldSelector? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var terms = text.Split(',').Select(term =>
        {
            var negated = term.Contains("!=", StringComparison.Ordinal);
            var parts = term.Split(negated ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2);
            return (parts[0].Split('.'), parts.Length > 1 ? parts[1] : "", !negated);
        });
        return new([.. terms]);
    }

    public bool Matches(JsonObject obj) => _terms.All(term => (Read(obj, term.Path) == term.Value) == term.Equal);

    private static string Read(JsonObject obj, string[] path)
    {
        JsonNode? node = obj;
        foreach (var segment in path)
        {
            node = node is JsonObject o ? o[segment] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
    }
}
