using Microsoft.Extensions.Hosting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The host lifetime the informers need: a crashed cache loop calls <see cref="StopApplication"/>,
/// which cancels <see cref="ApplicationStopping"/> and so ends the run's wait for sync with an error.</summary>
internal sealed class BenchLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => stopping.Cancel();

    public void Dispose() => stopping.Dispose();
}
