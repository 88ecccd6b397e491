using System.Text.Json;

namespace Stork.Deploy.Tests.Images;

/// <summary>A Dockerfile read into stages: comments and parser directives dropped, continuation lines
/// joined, leading <c>--flag=value</c> options split off. Only what the replay needs; no variable expansion.</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Stage(string name) =>
        Stages.SingleOrDefault(s => s.Name == name) ?? throw new AssertionException($"the Dockerfile has no stage named '{name}'");

    public static Dockerfile Parse(string text)
    {
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var instruction in Instructions(text))
        {
            if (instruction.Keyword == "FROM")
            {
                var words = Words(instruction.Arguments);
                var name = words is [_, var @as, var alias] && @as.Equals("AS", StringComparison.OrdinalIgnoreCase) ? alias : stages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                current = [];
                stages.Add(new DockerStage(name, words[0], current));
            }
            else
            {
                (current ?? throw new AssertionException($"{instruction}: an instruction before the first FROM")).Add(instruction);
            }
        }

        return new Dockerfile(stages);
    }

    /// <summary>The words of an exec-form (JSON array) or shell-form argument list.</summary>
    public static IReadOnlyList<string> Words(string arguments) =>
        arguments.StartsWith('[')
            ? JsonSerializer.Deserialize(arguments, DockerJsonContext.Default.StringArray) ?? []
            : arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<DockerInstruction> Instructions(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i + 1;
            var line = lines[i].TrimEnd();
            if (line.TrimStart().StartsWith('#') || line.Length == 0)
                continue;

            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                var next = lines[++i].TrimEnd();
                if (!next.TrimStart().StartsWith('#'))
                    line = line[..^1] + " " + next.Trim();
            }

            yield return Split(line.Trim(), start);
        }
    }

    private static DockerInstruction Split(string line, int number)
    {
        var space = line.IndexOfAny([' ', '\t']);
        var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
        var rest = space < 0 ? "" : line[space..].TrimStart();
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOfAny([' ', '\t']);
            var flag = end < 0 ? rest : rest[..end];
            var equals = flag.IndexOf('=', StringComparison.Ordinal);
            flags[equals < 0 ? flag[2..] : flag[2..equals]] = equals < 0 ? "" : flag[(equals + 1)..];
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        return new DockerInstruction(keyword, flags, rest, number);
    }
}
