namespace Stork.Deploy.Tests.Images;

/// <summary>One Dockerfile instruction: its keyword (upper case), its <c>--flag=value</c> options and
/// the rest of the line, continuation lines joined.</summary>
internal sealed record DockerInstruction(string Keyword, IReadOnlyDictionary<string, string> Flags, string Arguments, int Line)
{
    public override string ToString() => $"line {Line}: {Keyword} {Arguments}";
}
