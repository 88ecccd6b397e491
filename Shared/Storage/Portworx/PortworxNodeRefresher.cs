using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Refreshes the Portworx storage node list at start and then every
/// <see cref="PortworxOptions.NodeRefreshInterval"/>, so requests never wait for it.</summary>
internal sealed class PortworxNodeRefresher(PortworxDriver driver, IOptions<PortworxOptions> options, TimeProvider time)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.NodeRefreshInterval, time);
        try
        {
            do
            {
                await driver.RefreshAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
