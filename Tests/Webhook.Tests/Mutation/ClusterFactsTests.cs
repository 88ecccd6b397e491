using Stork.Webhook.Tests.Doubles;
using static Stork.Webhook.Tests.Doubles.TestPods;

namespace Stork.Webhook.Tests.Mutation;

public sealed class ClusterFactsTests
{
    [Test]
    public void MissingClaims_OnlyUncachedClaimsOfTheNamespace_Once()
    {
        var volumes = $$"""
            [{{Volume("a", """ "persistentVolumeClaim":{"claimName":"px-claim"}""")}},
             {{Volume("b", """ "persistentVolumeClaim":{"claimName":"new-claim"}""")}},
             {{Volume("c", """ "persistentVolumeClaim":{"claimName":"new-claim"}""")}},
             {{Volume("d", """ "persistentVolumeClaim":{"claimName":"other-px-claim"}""")}},
             {{Volume("e", """ "ephemeral":{"volumeClaimTemplate":{"spec":{}}}""")}}]
            """;
        var request = Create(Pod(volumes));

        var missing = TestCluster.Facts().MissingClaims(request.Pod!, "default");

        Assert.That(missing, Is.EqualTo(new[] { "new-claim", "other-px-claim" }));
    }

    [Test]
    public void WithClaims_AddsReadClaims_LeavesTheOriginal()
    {
        var facts = TestCluster.Facts();

        var more = facts.WithClaims([TestCluster.Claim("default", "new-claim", "px-db")]);

        Assert.That(more.Claims.Get("default", "new-claim"), Is.Not.Null);
        Assert.That(facts.Claims.Get("default", "new-claim"), Is.Null);
    }
}
