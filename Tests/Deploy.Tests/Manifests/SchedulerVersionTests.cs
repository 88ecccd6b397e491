using System.Text.RegularExpressions;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>kube-scheduler's version is chosen, never defaulted: the base names no release, each
/// components/scheduler-v1.NN sets a 1.NN release, and the README's table lists exactly those minors.</summary>
internal sealed class SchedulerVersionTests
{
    private static readonly string[] Components = [.. Directory.GetDirectories(Repo.InManifests("components"), "scheduler-v1.*")
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Test]
    public async Task Base_WithoutAVersionComponent_KubeSchedulerImageNamesNoRelease()
    {
        var image = Pods.Container(await Kustomize.BuildManifestsAsync("base"), Names.Scheduler, Names.SchedulerContainer).Str("image");
        Assert.That(image, Does.Not.Match(@":v\d+\.\d+\.\d+$"));
    }

    [TestCaseSource(nameof(Components))]
    public async Task VersionComponent_OverAnOverlay_SetsAReleaseOfItsMinor(string component)
    {
        var minor = component["scheduler-v".Length..];
        var rendering = await Kustomize.BuildWithComponentsAsync("overlays/cert-manager", "components/" + component);
        var image = Pods.Container(rendering, Names.Scheduler, Names.SchedulerContainer).Str("image");
        Assert.That(image, Does.Match($@"^registry\.k8s\.io/kube-scheduler:v{Regex.Escape(minor)}\.\d+$"));
    }

    [Test]
    public void VersionComponents_FromTheOldestSupportedMinorWithoutGaps()
    {
        var minors = Components.Select(c => int.Parse(c.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(minors, Is.EqualTo(Enumerable.Range(30, minors.Count)), "Kubernetes 1.30 and every later minor up to the newest component");
    }

    [Test]
    public void Readme_SupportedMinorsTable_ListsEveryComponent()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        var rows = Regex.Matches(readme, @"^\| 1\.(\d+) \| `components/(scheduler-v1\.\d+)` \| `v1\.\d+\.\d+` \|", RegexOptions.Multiline)
            .Select(m => m.Groups[2].Value);
        Assert.That(rows, Is.EqualTo(Components));
    }
}
