using Microsoft.Extensions.Hosting;

namespace Stork.Shared.Hosting;

/// <summary>Stops the host because something it cannot serve without has failed (a crashed cache loop);
/// <see cref="ServiceHost.ServeAsync"/> then exits with code 1, so the restart shows as a failure.</summary>
internal sealed class HostFailure(IHostApplicationLifetime lifetime)
{
    private int failed;

    public bool HasFailed => Volatile.Read(ref failed) != 0;

    public void StopHost()
    {
        Interlocked.Exchange(ref failed, 1);
        lifetime.StopApplication();
    }
}
