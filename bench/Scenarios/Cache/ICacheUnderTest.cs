using Microsoft.Extensions.Hosting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>One product cache and the informer that fills it, whatever it holds.</summary>
internal interface ICacheUnderTest : IDisposable
{
    ICacheStatus Status { get; }

    /// <summary>Starts the informer (first list request under way when this returns).</summary>
    Task StartAsync(IKubeApi api, CacheMetrics metrics, IHostApplicationLifetime lifetime, CancellationToken cancellationToken);

    Task WaitForSyncAsync(CancellationToken cancellationToken);

    /// <summary>Stops the informer (its watch closes); the cache keeps what it holds. Dispose after.</summary>
    Task StopAsync(CancellationToken cancellationToken);
}
