using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Tests.Telemetry;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>One cache and the informer that fills it, run directly (no host): the changes the cache
/// notifies are queued for the test, and a request to stop the host is recorded.</summary>
internal sealed class InformerHarness<T> : IAsyncDisposable
    where T : class, IKubeObject
{
    private readonly Channel<CacheChange<T>> changes = Channel.CreateUnbounded<CacheChange<T>>();
    private readonly Informer<T> informer;
    private readonly TestMeterFactory meters = new();

    public InformerHarness(
        IKubeApi api, KubeResource<T> resource, InformerOptions? options = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        Cache = new ResourceCache<T>(resource);
        Cache.Subscribe(change => changes.Writer.TryWrite(change));
        Metrics = new CacheMetrics(meters, [Cache], time);
        Failure = new HostFailure(Lifetime);
        informer = new Informer<T>(api, Cache, options ?? Options(), Metrics, time, Failure, NullLogger<Informer<T>>.Instance);
    }

    public ResourceCache<T> Cache { get; }

    public CacheMetrics Metrics { get; }

    public HostFailure Failure { get; }

    public TestLifetime Lifetime { get; } = new();

    /// <summary>The informer's loop is still running (it has not crashed or returned).</summary>
    public bool IsRunning => informer.ExecuteTask is { IsCompleted: false };

    /// <summary>Small pages and backoffs; watches that neither time out nor go idle during a test.</summary>
    public static InformerOptions Options() => new()
    {
        PageSize = 2,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(50),
        WatchTimeout = TimeSpan.FromMinutes(5),
        IdleTimeout = TimeSpan.FromMinutes(5),
    };

    /// <summary>Creates, starts and waits for the first full list.</summary>
    public static async Task<InformerHarness<T>> SyncedAsync(
        IKubeApi api, KubeResource<T> resource, InformerOptions? options = null, TimeProvider? time = null)
    {
        var harness = new InformerHarness<T>(api, resource, options, time);
        await harness.StartAsync();
        await harness.WaitForSyncAsync();
        return harness;
    }

    public Task StartAsync() => informer.StartAsync(CancellationToken.None).WaitAsync(Wait.Timeout);

    public Task WaitForSyncAsync() => Cache.WaitForSyncAsync(CancellationToken.None).WaitAsync(Wait.Timeout);

    /// <summary>The next change the cache notified, in order.</summary>
    public async Task<CacheChange<T>> NextChangeAsync()
    {
        using var deadline = new CancellationTokenSource(Wait.Timeout);
        return await changes.Reader.ReadAsync(deadline.Token);
    }

    /// <summary>The changes notified so far and not yet read.</summary>
    public IReadOnlyList<CacheChange<T>> DrainChanges()
    {
        var drained = new List<CacheChange<T>>();
        while (changes.Reader.TryRead(out var change))
        {
            drained.Add(change);
        }

        return drained;
    }

    public async ValueTask DisposeAsync()
    {
        await informer.StopAsync(CancellationToken.None).WaitAsync(Wait.Timeout);
        informer.Dispose();
        meters.Dispose();
    }
}
