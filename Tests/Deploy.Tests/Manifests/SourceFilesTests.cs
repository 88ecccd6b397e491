using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>The files under manifests/ themselves, read with YamlDotNet (no kustomize needed).</summary>
internal sealed class SourceFilesTests
{
    private static readonly string Base = Repo.InManifests("base");

    private static IEnumerable<string> YamlFiles() =>
        Directory.EnumerateFiles(Repo.Manifests, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}self-signed{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Test]
    public void EveryYamlFile_Parses()
    {
        Assert.Multiple(() =>
        {
            foreach (var file in YamlFiles())
                Assert.That(() => Rendering.Load(file), Throws.Nothing, file);
        });
    }

    [Test]
    public void BaseKustomization_ListsEveryManifestItHolds()
    {
        var kustomization = Rendering.Load(Path.Combine(Base, "kustomization.yaml")).Objects.Single();
        var generatorFiles = kustomization.Items("configMapGenerator")
            .SelectMany(g => g.ItemsOrEmpty("files").Concat(g.ItemsOrEmpty("envs")))
            .Select(f => f.Scalar().Split('=').Last());
        var listed = kustomization.Strings("resources").Concat(generatorFiles).Append("kustomization.yaml")
            .Select(f => Path.GetFullPath(Path.Combine(Base, f)));
        var present = Directory.EnumerateFiles(Base, "*.yaml", SearchOption.AllDirectories);
        Assert.That(present, Is.SubsetOf(listed));
    }

    [Test]
    public void BaseKustomization_StorkImages_NameAnExplicitRegistryPlaceholder()
    {
        var images = Rendering.Load(Path.Combine(Base, "kustomization.yaml")).Objects.Single()
            .Items("images").ToDictionary(i => i.Str("name"), i => i.Str("newName"));
        Assert.That(images, Is.EqualTo(Images.ImageTargets.All.ToDictionary(i => i.Image, i => "REGISTRY/" + i.Image)));
    }

    [Test]
    public void SchedulerConfigFile_NamesTheLeaseNamespaceOnceOnItsLastLine()
    {
        var lines = File.ReadAllLines(Path.Combine(Base, "scheduler", "kube-scheduler-config.yaml"));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Count(l => l.Contains("resourceNamespace: ", StringComparison.Ordinal)), Is.EqualTo(1),
                "the namespace replacements split the text at this key");
            Assert.That(lines[^1].Trim(), Is.EqualTo($"resourceNamespace: {Names.InstallNamespace}"));
        });
    }
}
