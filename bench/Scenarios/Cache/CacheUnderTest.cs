using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>A real <see cref="ResourceCache{T}"/> with its real <see cref="Informer{T}"/> (default
/// <see cref="InformerOptions"/>), built the way the service registration builds them.</summary>
internal sealed class CacheUnderTest<T>(KubeResource<T> resource) : ICacheUnderTest
    where T : class, IKubeObject
{
    private readonly ResourceCache<T> cache = new(resource);
    private Informer<T>? informer;

    public ICacheStatus Status => cache;

    public Task StartAsync(IKubeApi api, CacheMetrics metrics, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        informer = new Informer<T>(api, cache, new InformerOptions(), metrics, TimeProvider.System, new HostFailure(lifetime), NullLogger<Informer<T>>.Instance);
        return informer.StartAsync(cancellationToken);
    }

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => cache.WaitForSyncAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => informer?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public void Dispose() => informer?.Dispose();
}
