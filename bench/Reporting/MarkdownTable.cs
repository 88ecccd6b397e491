namespace Stork.Bench.Reporting;

/// <summary>A GitHub-flavoured markdown table: the first column left-aligned (names), the others
/// right-aligned (numbers). Cells are padded so the raw text lines up too.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"a row of this table has {headers.Length} cells, not {cells.Length}", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public void WriteTo(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(3, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        output.WriteLine(Line(headers, widths));
        output.WriteLine("| " + string.Join(" | ", widths.Select((w, i) => i == 0 ? new string('-', w) : new string('-', w - 1) + ":")) + " |");
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine();
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
}
