using System.Net.Http.Headers;
using k8s.Authentication;

namespace Stork.Shared.Kube.Connection;

/// <summary>The package's <see cref="TokenFileAuth"/> (read, trim, send as bearer) renewed once a minute by
/// <paramref name="timeProvider"/>, so that tests can rotate a token without waiting a real minute
/// (<see cref="TokenFileAuth"/> keeps its own one-minute expiry on the system clock).</summary>
internal sealed class RotatingTokenFile(string path, TimeProvider timeProvider) : ITokenProvider
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private volatile Reader _reader = new(new TokenFileAuth(path), timeProvider.GetUtcNow());

    public string Path => path;

    public Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var reader = _reader;
        if (now - reader.Since >= RefreshInterval)
        {
            _reader = reader = new Reader(new TokenFileAuth(path), now);
        }

        return reader.Auth.GetAuthenticationHeaderAsync(cancellationToken);
    }

    private sealed record Reader(TokenFileAuth Auth, DateTimeOffset Since);
}
