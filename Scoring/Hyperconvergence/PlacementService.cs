namespace Stork.Scoring.Hyperconvergence;

/// <summary>Runs the <see cref="PlacementWatcher"/> for as long as this instance leads (without leader
/// election: always). A failed run is logged and started again after a pause.</summary>
internal sealed class PlacementService(PlacementWatcher watcher, PlacementMetrics metrics, TimeProvider time, ILogger<PlacementService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Leading = true;
        try
        {
            await LeadAsync(stoppingToken);
        }
        finally
        {
            metrics.Leading = false;
        }
    }

    /// <summary>Runs the watcher until <paramref name="leadership"/> ends.</summary>
    internal async Task LeadAsync(CancellationToken leadership)
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
}
