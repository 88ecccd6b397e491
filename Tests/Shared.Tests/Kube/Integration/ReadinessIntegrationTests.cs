using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;
using static Stork.Shared.Tests.Kube.Integration.KubeTestObjects;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary><c>/readyz</c> follows the caches' sync; <c>/healthz</c> answers throughout.</summary>
internal sealed class ReadinessIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task Readyz_UntilEveryCacheSynced_ServiceUnavailableNamingTheRestThenOk()
    {
        Fake.Seed(Nodes, SeveralNodes(3));
        Fake.Add(Pvcs, Pvc("apps", "data"));
        await using var nodes = new InformerHarness<Node>(Api, KubeResources.Nodes);
        await using var claims = new InformerHarness<PersistentVolumeClaim>(Api, KubeResources.PersistentVolumeClaims);
        await using var app = await MinimalApp.StartAsync(
            builder => builder.Services.AddStorkHealth().AddSingleton<ICacheStatus>(nodes.Cache).AddSingleton<ICacheStatus>(claims.Cache),
            web => web.MapStorkHealth());

        var noneSynced = await app.GetAsync("/readyz");
        await nodes.StartAsync();
        await nodes.WaitForSyncAsync();
        var oneSynced = await app.GetAsync("/readyz");
        var healthBetween = await app.GetAsync("/healthz");
        await claims.StartAsync();
        await claims.WaitForSyncAsync();
        var allSynced = await app.GetAsync("/readyz");

        Assert.That(noneSynced.Status, Is.EqualTo(503));
        Assert.That(noneSynced.Body, Does.Contain("nodes").And.Contain("persistentvolumeclaims"));
        Assert.That(oneSynced.Status, Is.EqualTo(503));
        Assert.That(oneSynced.Body, Does.Contain("persistentvolumeclaims").And.Not.Contain("nodes"));
        Assert.That(healthBetween.Status, Is.EqualTo(200));
        Assert.That(allSynced.Status, Is.EqualTo(200));
        Assert.That((await app.GetAsync("/healthz")).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Readyz_HostWithKubeCaches_ReadyOnceTheInformersSynced()
    {
        Fake.Seed(Nodes, SeveralNodes(3));
        await using var app = await StartHostAsync();

        await Wait.UntilAsync(() => app.Services.GetServices<ICacheStatus>().All(c => c.IsSynced), "both caches to sync");

        Assert.That((await app.GetAsync("/readyz")).Status, Is.EqualTo(200));
        Assert.That(app.Services.GetRequiredService<IResourceCache<Node>>().Snapshot.Count, Is.EqualTo(3));
    }

    [Test]
    public async Task Readyz_HostPersistentlyUnauthorized_NotReadyAndStillServing()
    {
        Fake.ValidTokens = ["someone-else"];
        await using var app = await StartHostAsync();

        await Fake.WaitForRequestsAsync(Nodes, FakeKubeVerb.List, 3, Timeout);
        await Fake.WaitForRequestsAsync(Pvcs, FakeKubeVerb.List, 3, Timeout);
        var ready = await app.GetAsync("/readyz");

        Assert.That(ready.Status, Is.EqualTo(503));
        Assert.That(ready.Body, Does.Contain("nodes").And.Contain("persistentvolumeclaims"));
        Assert.That(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, Is.False);
        Assert.That((await app.GetAsync("/healthz")).Status, Is.EqualTo(200));
    }

    private Task<MinimalApp> StartHostAsync() => MinimalApp.StartAsync(
        builder =>
        {
            builder.Configuration["Kube:Informer:InitialBackoff"] = "00:00:00.010";
            builder.Configuration["Kube:Informer:MaxBackoff"] = "00:00:00.050";
            builder.Services.AddSingleton(Api).AddStorkHealth()
                .AddKubeCache(KubeResources.Nodes)
                .AddKubeCache(KubeResources.PersistentVolumeClaims);
        },
        web => web.MapStorkHealth());
}
