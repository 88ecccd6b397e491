using Stork.Shared.Hosting.Flags;

namespace Stork.Shared.Tests.Hosting.Flags;

internal sealed class ClosestNameTests
{
    private static readonly string[] Flags = ["driver", "csi-driver", "kubeconfig", "admission-deadline", "webhook-controller"];

    [TestCase("drvier", "driver")]
    [TestCase("dirver", "driver")]
    [TestCase("kubeconf", "kubeconfig")]
    [TestCase("admision-deadline", "admission-deadline")]
    [TestCase("WEBHOOK-CONTROLLER", "webhook-controller")]
    public void Find_Typo_GivesTheFlag(string typed, string expected) =>
        Assert.That(ClosestName.Find(typed, Flags), Is.EqualTo(expected));

    [TestCase("listen")]
    [TestCase("x")]
    public void Find_NothingClose_IsNull(string typed) =>
        Assert.That(ClosestName.Find(typed, Flags), Is.Null);
}
