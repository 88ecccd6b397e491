using System.Text.RegularExpressions;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Images;

/// <summary>The README's image build commands build the Dockerfile's targets, under the names the manifests use.</summary>
internal sealed class ReadmeBuildCommandTests
{
    [Test]
    public void Readme_BuildCommands_BuildEachImageFromItsTargetForBothArchitectures()
    {
        var dockerfile = Dockerfile.Parse(File.ReadAllText(Repo.Dockerfile));
        var commands = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"))
            .Where(l => l.StartsWith("docker buildx build ", StringComparison.Ordinal)).ToList();
        var built = commands.Select(c => (
            Target: Regex.Match(c, @"--target (\S+)").Groups[1].Value,
            Image: Regex.Match(c, @"-t REGISTRY/([a-z-]+):").Groups[1].Value,
            Platforms: Regex.Match(c, @"--platform (\S+)").Groups[1].Value));
        Assert.Multiple(() =>
        {
            Assert.That(built.Select(b => (b.Target, b.Image)), Is.EquivalentTo(ImageTargets.All.Select(i => (i.Target, i.Image))));
            Assert.That(built.Select(b => b.Platforms), Has.All.EqualTo("linux/amd64,linux/arm64"));
            Assert.That(commands, Has.All.EndsWith("--push ."), "from the repository root, the whole context");
            foreach (var image in ImageTargets.All)
                Assert.That(() => dockerfile.Stage(image.Target), Throws.Nothing);
        });
    }
}
