using Stork.Shared.Annotations;

namespace Stork.Shared.Hosting;

/// <summary>Accepts Go-style command lines (what Stork users know) and turns them into what ASP.NET's
/// command-line configuration reads: <c>-flag</c> and <c>--flag</c> alike, <c>--flag=value</c> and
/// <c>--flag value</c>, a boolean flag given alone means true and its Go literals (<c>0</c>, <c>f</c>, <c>T</c>, ...)
/// become <c>true</c>/<c>false</c>, and a repeatable flag given several times
/// keeps every value (<c>--csi-driver a --csi-driver b</c> becomes <c>csi-driver:0</c>, <c>csi-driver:1</c>).</summary>
internal static class CommandLine
{
    /// <exception cref="ArgumentException">A flag that takes a value is last on the line.</exception>
    public static string[] Normalize(IReadOnlyList<string> args, IReadOnlySet<string> booleanFlags, IReadOnlySet<string> repeatableFlags)
    {
        var normalized = new List<string>(args.Count);
        var repeats = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Length < 2 || arg[0] != '-' || arg == "--")
            {
                normalized.Add(arg);
                continue;
            }

            var flag = arg.TrimStart('-');
            var equals = flag.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? flag : flag[..equals];
            string value;
            if (equals >= 0)
            {
                value = flag[(equals + 1)..];
            }
            else if (booleanFlags.Contains(name))
            {
                var next = i + 1 < args.Count ? args[i + 1] : null;
                value = GoBool.Parse(next) is not null ? args[++i] : "true";
            }
            else
            {
                value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"--{name} needs a value");
            }

            if (booleanFlags.Contains(name) && GoBool.Parse(value) is { } parsed)
            {
                value = parsed ? "true" : "false";
            }

            if (repeatableFlags.Contains(name))
            {
                var index = repeats[name] = repeats.GetValueOrDefault(name, -1) + 1;
                name = $"{name}:{index}";
            }

            normalized.Add($"--{name}={value}");
        }

        return [.. normalized];
    }
}
