using System.Globalization;
using System.Text;

namespace Stork.Scoring.Explain;

/// <summary>Renders an explanation as a plain-text table (pure).</summary>
internal static class ExplainTextRenderer
{
    public static string Render(PlacementExplanation explanation)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Pod:     {explanation.Pod}\n");
        text.Append(CultureInfo.InvariantCulture, $"Filter:  {explanation.FilterOutcome}: {explanation.FilterReason}\n");
        text.Append(CultureInfo.InvariantCulture, $"Scores:  {explanation.ScoreSummary} (scale {explanation.ScoreScale})\n\n");
        var width = Math.Max(4, explanation.Nodes.Select(n => n.Node.Length).DefaultIfEmpty(0).Max());
        text.Append(CultureInfo.InvariantCulture, $"{"NODE".PadRight(width)}  FILTER  SCORE  WHY\n");
        foreach (var node in explanation.Nodes)
        {
            var why = node.Passed ? string.Join("; ", node.ScoreReasons) : node.FilterReason ?? "";
            text.Append(CultureInfo.InvariantCulture, $"{node.Node.PadRight(width)}  {(node.Passed ? "pass" : "fail"),-6}  {node.Score,5}  {why}\n");
        }

        return text.ToString();
    }
}
