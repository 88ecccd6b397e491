using k8s;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Connection;

namespace Stork.Scoring.Hyperconvergence;

/// <summary>Runs the <see cref="PlacementWatcher"/> while this instance holds the placement Lease
/// (KubernetesClient's <see cref="LeaderElector"/>; without leader election, or over a cluster snapshot: always).
/// A failed run is logged and started again after a pause.</summary>
internal sealed class PlacementService(
    PlacementWatcher watcher,
    PlacementMetrics metrics,
    IServiceProvider services,
    IOptions<ScoringOptions> options,
    TimeProvider time,
    ILogger<PlacementService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var overSnapshot = services.GetService<Shared.Snapshot.ClusterSnapshot>() is not null;
        var endpoint = options.Value.PlacementLeaderElection && !overSnapshot ? services.GetService<KubeEndpoint>() : null;
        try
        {
            await (endpoint is null ? LeadAsync(stoppingToken) : ElectAsync(endpoint, stoppingToken));
        }
        finally
        {
            metrics.Leading = false;
        }
    }

    private async Task ElectAsync(KubeEndpoint endpoint, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var @namespace = settings.PlacementLeaseNamespace is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable("POD_NAMESPACE") is { Length: > 0 } own ? own : "default";
        var identity = (Environment.GetEnvironmentVariable("POD_NAME") is { Length: > 0 } pod ? pod : Environment.MachineName)
            + "_" + Guid.NewGuid().ToString("N")[..8];
        using var client = new Kubernetes(endpoint.Configuration);
        using var elector = new LeaderElector(new LeaderElectionConfig(new LeaseLock(client, @namespace, settings.PlacementLeaseName, identity))
        {
            LeaseDuration = settings.PlacementLeaseDuration,
            RenewDeadline = settings.PlacementLeaseDuration * 2 / 3,
            RetryPeriod = settings.PlacementLeaseDuration * 2 / 15,
        });
        CancellationTokenSource? term = null;
        var leading = Task.CompletedTask;
        elector.OnStartedLeading += () =>
        {
            logger.PlacementLeadership("acquired", @namespace, settings.PlacementLeaseName, identity);
            term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            leading = LeadAsync(term.Token);
        };
        elector.OnStoppedLeading += () =>
        {
            logger.PlacementLeadership("lost", @namespace, settings.PlacementLeaseName, identity);
            metrics.Leading = false;
            term?.Cancel();
        };
        try
        {
            await elector.RunAndTryToHoldLeadershipForeverAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            term?.Cancel();
            await leading;
            term?.Dispose();
        }
    }

    /// <summary>Runs the watcher until <paramref name="leadership"/> ends.</summary>
    private async Task LeadAsync(CancellationToken leadership)
    {
        metrics.Leading = true;
        try
        {
            while (!leadership.IsCancellationRequested)
            {
                try
                {
                    await watcher.RunAsync(leadership);
                }
                catch (OperationCanceledException) when (leadership.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (!leadership.IsCancellationRequested)
                {
                    logger.PlacementWatcherFailed(e);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, leadership).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        finally
        {
            metrics.Leading = false;
        }
    }
}
