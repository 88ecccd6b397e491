using Stork.Shared.Storage.Classification;
using Stork.Webhook.Tests.Doubles;
using static Stork.Webhook.Tests.Doubles.TestPods;

namespace Stork.Webhook.Tests.Mutation;

public sealed class StorageObjectsTests
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
        var classified = VolumeClassifier.Classify(request.Pod!, "default", TestCluster.Facts().Storage, Ownerships.Portworx);

        var missing = StorageObjectsReader.MissingClaims(classified);

        Assert.That(missing, Is.EqualTo(new[] { "new-claim", "other-px-claim" }));
    }

    [Test]
    public void With_AddsReadClaims_LeavesTheOriginal()
    {
        var storage = TestCluster.Facts().Storage;

        var more = storage.With([TestCluster.Claim("default", "new-claim", "px-db")], []);

        Assert.That(more.Claims.Get("default", "new-claim"), Is.Not.Null);
        Assert.That(storage.Claims.Get("default", "new-claim"), Is.Null);
    }
}
