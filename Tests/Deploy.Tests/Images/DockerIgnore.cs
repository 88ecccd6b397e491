using System.Text;
using System.Text.RegularExpressions;

namespace Stork.Deploy.Tests.Images;

/// <summary>A .dockerignore as the builder reads it: patterns in order, the last one that matches a path
/// or any of its parent directories decides, <c>!</c> re-includes, <c>*</c> and <c>?</c> stay within one
/// path segment and <c>**</c> spans any number of them.</summary>
internal sealed class DockerIgnore
{
    private readonly IReadOnlyList<(Regex Pattern, bool Include)> rules;

    private DockerIgnore(IReadOnlyList<(Regex, bool)> rules) => this.rules = rules;

    public static DockerIgnore Parse(string text) => new(
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.StartsWith('!') ? (Compile(l[1..]), true) : (Compile(l), false))]);

    /// <summary>Whether a file (path relative to the context root, '/'-separated) is sent to the builder.</summary>
    public bool Sends(string relativePath)
    {
        var prefixes = Prefixes(relativePath).ToList();
        var sent = true;
        foreach (var (pattern, include) in rules)
        {
            if (prefixes.Any(pattern.IsMatch))
                sent = include;
        }

        return sent;
    }

    /// <summary>Every file of <paramref name="root"/> the builder would receive, relative and '/'-separated.</summary>
    public IEnumerable<string> ContextFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(Sends);

    private static IEnumerable<string> Prefixes(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
        yield return path;
    }

    private static Regex Compile(string pattern)
    {
        var clean = pattern.Trim('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] == '*' && i + 1 < clean.Length && clean[i + 1] == '*')
            {
                var slashFollows = i + 2 < clean.Length && clean[i + 2] == '/';
                regex.Append(slashFollows ? "(.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else
            {
                regex.Append(clean[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
