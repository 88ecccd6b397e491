using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography.X509Certificates;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Stork.Bench.Reporting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>Product caches and informers sharing one real API client, as the services run them. Holds the only
/// references to them, so that dropping one here lets the collector take it.</summary>
internal sealed class LiveCaches(FakeKubeApiServer fake, IReadOnlyList<ICacheTarget> targets) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly ICacheUnderTest?[] caches = [.. targets.Select(t => t.CreateCache())];
    private readonly BenchLifetime lifetime = new();
    private IKubeApi? api = KubeApiServiceCollectionExtensions.Create(Endpoint(fake), new KubeClientOptions(), TimeProvider.System);
    private ServiceProvider? meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private CacheMetrics? metrics;

    /// <summary>Starts every informer at once; returns each cache's time to synced, what the process spent
    /// meanwhile, and the objects each holds.</summary>
    /// <remarks>No async method here keeps a cache in a local across an await: a finished async method's state
    /// can outlive it, and a cache reachable from there would not be freed when dropped.</remarks>
    public async Task<(TimeSpan[] SyncedAfter, ResourceUse Use, int[] Objects)> StartAsync(CancellationToken cancellationToken)
    {
        metrics = new CacheMetrics(meters!.GetRequiredService<IMeterFactory>(), caches.Select(c => c!.Status), TimeProvider.System);
        var probe = ResourceUse.Start();
        var synced = caches.Select(c => SyncedAfterAsync(c!.WaitForSyncAsync(lifetime.ApplicationStopping), probe)).ToArray();
        await Task.WhenAll(caches.Select(c => c!.StartAsync(api!, metrics, lifetime, cancellationToken)));
        var times = await Task.WhenAll(synced).WaitAsync(Patience, cancellationToken);
        return (times, probe.Stop(), [.. caches.Select(c => c!.Status.Count)]);
    }

    /// <summary>Stops the informers (their watches close); the caches keep their objects.</summary>
    public async Task StopInformersAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(caches.Select(c => c!.StopAsync(cancellationToken)));
        foreach (var cache in caches)
        {
            cache!.Dispose();
        }

        meters?.Dispose();
        meters = null;
        metrics = null;
    }

    public void DropCache(int index) => caches[index] = null;

    public void DropClient() => api = null;

    public void Dispose() => lifetime.Dispose();

    private static async Task<TimeSpan> SyncedAfterAsync(Task synced, ResourceUse.Probe started)
    {
        await synced;
        return started.Elapsed;
    }

    private static KubeEndpoint Endpoint(FakeKubeApiServer fake) => new(
        new KubernetesClientConfiguration
        {
            Host = fake.Url.ToString(),
            SslCaCerts = new X509Certificate2Collection(fake.CaCertificate),
            AccessToken = FakeKubeApiServer.DefaultToken,
        },
        "bench");
}
