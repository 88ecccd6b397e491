using System.Globalization;
using Stork.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Requests and limits follow README "Sizing": requests cover the resident memory measured at 5,000
/// Nodes (bench footprint), limits leave headroom, and each runtime's collector is told where the limit is.</summary>
internal sealed class SizingTests
{
    private Rendering _base = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _base = await Kustomize.BuildManifestsAsync(".");

    [TestCase(Names.Webhook, Names.WebhookContainer, 310)]
    [TestCase(Names.Scheduler, Names.ScoringContainer, 418)]
    public void DotNetContainer_RequestCoversTheMeasuredFootprint_LimitLeavesHeadroom(string deployment, string container, int measuredMegabytes)
    {
        var serving = Pods.Container(_base, deployment, container);
        var measured = measuredMegabytes * 1_000_000L;
        var limit = Bytes(serving.Str("resources.limits.memory"));
        var heapPercent = int.Parse(Env(serving, "DOTNET_GCHeapHardLimitPercent").Replace("0x", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(Bytes(serving.Str("resources.requests.memory")), Is.GreaterThanOrEqualTo(measured));
            Assert.That(limit, Is.GreaterThanOrEqualTo(measured * 3 / 2));
            Assert.That(heapPercent, Is.InRange(30, 75), "the heap's share of the limit (hexadecimal setting), below the runtime's default 75 %");
        });
    }

    [Test]
    public void KubeScheduler_GoMemoryLimit_BelowTheContainerLimit()
    {
        var scheduler = Pods.Container(_base, Names.Scheduler, Names.SchedulerContainer);
        var limit = Bytes(scheduler.Str("resources.limits.memory"));
        Assert.That(Bytes(Env(scheduler, "GOMEMLIMIT")), Is.InRange(limit * 7 / 10, limit * 95 / 100));
    }

    private static string Env(YamlNode container, string name) =>
        container.Items("env").Single(e => e.Str("name") == name).Str("value");

    /// <summary>A Kubernetes memory quantity (<c>320Mi</c>, <c>3Gi</c>, <c>512M</c>) or a Go one (<c>2560MiB</c>), in bytes.</summary>
    private static long Bytes(string quantity)
    {
        var digits = new string([.. quantity.TakeWhile(char.IsDigit)]);
        var factor = quantity[digits.Length..] switch
        {
            "Ki" or "KiB" => 1L << 10,
            "Mi" or "MiB" => 1L << 20,
            "Gi" or "GiB" => 1L << 30,
            "M" => 1_000_000L,
            "G" => 1_000_000_000L,
            "" => 1L,
            var unit => throw new AssertionException($"unexpected unit in {quantity}: {unit}"),
        };
        return long.Parse(digits, CultureInfo.InvariantCulture) * factor;
    }
}
