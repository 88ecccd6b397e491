using System.Threading.Channels;
using Stork.Scoring.Cluster;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>Rates where bound stork pods run relative to their data (<see cref="PlacementClassifier"/>) and keeps
/// the <see cref="PlacementTally"/> and the <c>NotHyperconverged</c> events up to date. A pod is re-rated when it
/// changes, when its node changes in what placement reads (not on a heartbeat), when one of its claims' PVs changes, and every <c>--placement-refresh-interval</c> (the
/// driver's volume data). Work per pod event is one pod's lookups, whatever the cluster's size.</summary>
internal sealed class PlacementWatcher
{
    private readonly Channel<PlacementWork> _queue = Channel.CreateBounded<PlacementWork>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ResourceCache<Pod> _pods;
    private readonly ICacheStatus[] _caches;
    private readonly PodPlacementRater _rater;
    private readonly IKubeApi _api;
    private readonly PlacementTally _tally;
    private readonly PlacementMetrics _metrics;
    private readonly ScoringOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PlacementWatcher> _logger;
    private readonly BoundPods _bound = new();
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private volatile bool _listening;
    private volatile bool _overflowed;

    public PlacementWatcher(
        ResourceCache<Pod> pods,
        NodeDirectory nodes,
        ResourceCache<PersistentVolume> volumes,
        IEnumerable<ICacheStatus> caches,
        PodPlacementRater rater,
        IKubeApi api,
        PlacementTally tally,
        PlacementMetrics metrics,
        IOptions<ScoringOptions> options,
        TimeProvider time,
        ILogger<PlacementWatcher> logger)
    {
        (_pods, _caches, _rater, _api, _tally, _metrics, _options, _time, _logger) =
            (pods, [.. caches], rater, api, tally, metrics, options.Value, time, logger);
        pods.Subscribe(change => Enqueue(PlacementWork.PodChanged(change.Object, change.Type == CacheChangeType.Deleted)));
        nodes.Subscribe(node => Enqueue(PlacementWork.NodeChanged(node)));
        volumes.Subscribe(change =>
        {
            if (change.Object.Spec?.ClaimRef is { Name: { } claim } reference)
            {
                Enqueue(PlacementWork.ClaimChanged(reference.Namespace ?? "", claim));
            }
        });
    }

    /// <summary>Once every cache has synced, rates every bound pod, then follows changes until
    /// <paramref name="cancellationToken"/> (the end of this instance's leadership); the tally is cleared when it
    /// ends. Pods present at the start do not count as bound now.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (_queue.Reader.TryRead(out _))
        {
        }

        _listening = true;
        using var ticks = new PeriodicTimer(_options.PlacementRefreshInterval, _time);
        var ticking = TickAsync(ticks, cancellationToken);
        try
        {
            // Every cache first: a pod rated against a node cache still filling would name its replicas by their
            // storage node ids, and its one NotHyperconverged event would keep that text.
            await Task.WhenAll(_caches.Select(c => c.WaitForSyncAsync(cancellationToken)));
            await RefreshAllAsync(cancellationToken);
            await foreach (var work in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                await HandleAsync(work, cancellationToken);
            }
        }
        finally
        {
            _listening = false;
            ticks.Dispose();
            await ticking;
            foreach (var key in _bound.Keys.ToArray())
            {
                _bound.Forget(key);
            }

            _warned.Clear();
            _tally.Clear();
        }
    }

    private void Enqueue(PlacementWork work)
    {
        if (_listening && !_queue.Writer.TryWrite(work))
        {
            _overflowed = true;
        }
    }

    private async Task TickAsync(PeriodicTimer ticks, CancellationToken cancellationToken)
    {
        try
        {
            while (await ticks.WaitForNextTickAsync(cancellationToken))
            {
                Enqueue(PlacementWork.Refresh);
            }
        }
        catch (OperationCanceledException)
        {
            // Leadership or the host ended.
        }
    }

    private async Task HandleAsync(PlacementWork work, CancellationToken cancellationToken)
    {
        if (_overflowed)
        {
            _overflowed = false;
            await RefreshAllAsync(cancellationToken);
        }

        if (work.Pod is { } pod)
        {
            await PodChangedAsync(pod, work.Deleted, cancellationToken);
            return;
        }

        var (keys, cause) = work.Node is { } node ? (_bound.OnNode(node), RatingCause.Node)
            : work.Claim is { } claim ? (_bound.UsingClaim(work.ClaimNamespace!, claim), RatingCause.Claim)
            : (null, RatingCause.Refresh);
        if (keys is null)
        {
            await RefreshAllAsync(cancellationToken);
            return;
        }

        foreach (var key in keys)
        {
            if (_pods.Snapshot.GetByKey(key) is { } current)
            {
                await RateAsync(current, atBind: false, cause, cancellationToken);
            }
        }
    }

    private async Task PodChangedAsync(Pod pod, bool deleted, CancellationToken cancellationToken)
    {
        var key = BoundPods.KeyOf(pod);
        if (deleted || !BoundPods.IsBound(pod))
        {
            _bound.Forget(key);
            _tally.Remove(key);
            _warned.Remove(pod.Metadata.Uid ?? key);
            return;
        }

        var atBind = _bound.Track(pod);
        await RateAsync(pod, atBind, RatingCause.Pod, cancellationToken);
    }

    private async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        var snapshot = _pods.Snapshot;
        foreach (var key in _bound.Keys.ToArray())
        {
            if (snapshot.GetByKey(key) is not { } pod || !BoundPods.IsBound(pod))
            {
                _bound.Forget(key);
                _tally.Remove(key);
            }
        }

        foreach (var pod in snapshot.Items)
        {
            if (BoundPods.IsBound(pod))
            {
                _bound.Track(pod);
                await RateAsync(pod, atBind: false, RatingCause.Refresh, cancellationToken);
            }
        }
    }

    private async Task RateAsync(Pod pod, bool atBind, RatingCause cause, CancellationToken cancellationToken)
    {
        var node = pod.Spec.NodeName!;
        var verdict = await _rater.RateAsync(pod, cancellationToken);
        _metrics.Rated(cause);
        _tally.Set(BoundPods.KeyOf(pod), pod.Metadata.Namespace ?? "", verdict);
        if (verdict is null)
        {
            return;
        }

        if (atBind && verdict.Placement != PodPlacement.Unknown)
        {
            _metrics.Bound(verdict);
        }

        if (verdict.LeavesRack && _warned.Add(pod.Metadata.Uid ?? BoundPods.KeyOf(pod)))
        {
            await WarnAsync(pod, verdict.Describe(node), cancellationToken);
        }
    }

    private async Task WarnAsync(Pod pod, string message, CancellationToken cancellationToken)
    {
        var created = await _api.CreateEventAsync(pod.Metadata.Namespace ?? "default", NotHyperconvergedEvent.For(pod, message, _time.GetUtcNow()), cancellationToken);
        if (created.Error is { Code: not 409 } error)
        {
            _logger.PlacementEventFailed(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", error.ToString());
        }
    }
}
