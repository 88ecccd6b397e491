using Microsoft.Extensions.Hosting;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>An <see cref="IHostApplicationLifetime"/> that records whether anything asked the host to stop.</summary>
internal sealed class TestLifetime : IHostApplicationLifetime
{
    private int stopRequests;

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested => Volatile.Read(ref stopRequests) > 0;

    public void StopApplication() => Interlocked.Increment(ref stopRequests);
}
