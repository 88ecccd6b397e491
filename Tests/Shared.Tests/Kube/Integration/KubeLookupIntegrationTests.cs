using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>The cache-miss read: a cached object costs no request; a miss reads the API once.</summary>
internal sealed class KubeLookupIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task GetAsync_CreatedWhileTheWatchCannotDeliver_ReadFromTheApi()
    {
        await using var informer = await InformerHarness<PersistentVolumeClaim>.SyncedAsync(Api, KubeResources.PersistentVolumeClaims);
        await Fake.WaitForWatchAsync(Pvcs, 1, Timeout);
        Fake.FailNext(Pvcs, 503, count: 100_000, verb: FakeKubeVerb.Watch);
        Fake.DropWatchConnections();

        Fake.Add(Pvcs, Pvc("apps", "fresh", volumeName: "pv-fresh"));
        var cachedBefore = informer.Cache.Get("apps", "fresh");
        var result = await KubeLookup.GetAsync(
            informer.Cache, Api, KubeResources.PersistentVolumeClaims, "apps", "fresh", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(cachedBefore, Is.Null, "the watch never delivered it");
        Assert.That(result.Error, Is.Null);
        Assert.That(result.Value!.Spec.VolumeName, Is.EqualTo("pv-fresh"));
        Assert.That(Fake.Requests(Pvcs, FakeKubeVerb.Get), Is.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_Missing_NotFound()
    {
        await using var informer = await InformerHarness<PersistentVolumeClaim>.SyncedAsync(Api, KubeResources.PersistentVolumeClaims);

        var result = await KubeLookup.GetAsync(
            informer.Cache, Api, KubeResources.PersistentVolumeClaims, "apps", "absent", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Error!.IsNotFound, Is.True);
        Assert.That(Fake.Requests(Pvcs, FakeKubeVerb.Get), Is.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_Cached_AnsweredWithoutARequest()
    {
        Fake.Add(Pvcs, Pvc("apps", "known"));
        await using var informer = await InformerHarness<PersistentVolumeClaim>.SyncedAsync(Api, KubeResources.PersistentVolumeClaims);

        var result = await KubeLookup.GetAsync(
            informer.Cache, Api, KubeResources.PersistentVolumeClaims, "apps", "known", CancellationToken.None).WaitAsync(Timeout);

        Assert.That(result.Value?.Metadata.Name, Is.EqualTo("known"));
        Assert.That(Fake.Requests(Pvcs, FakeKubeVerb.Get), Is.Zero);
    }
}
