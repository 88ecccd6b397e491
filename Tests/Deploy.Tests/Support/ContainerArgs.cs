using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>A container's <c>--flag value</c> argument pairs.</summary>
internal static class ContainerArgs
{
    public static IReadOnlyDictionary<string, string> Flags(YamlNode container)
    {
        var args = container.Strings("args");
        Assert.That(args, Has.Count.EqualTo(args.Count / 2 * 2), "args are --flag value pairs");
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            Assert.That(args[i], Does.StartWith("--"), "args are --flag value pairs");
            flags.Add(args[i], args[i + 1]);
        }
        return flags;
    }
}
