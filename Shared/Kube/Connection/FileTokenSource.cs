namespace Stork.Shared.Kube.Connection;

/// <summary>A token read from a file and re-read once it is older than <see cref="RefreshInterval"/>, so
/// rotated service-account tokens (and kubeconfig <c>tokenFile</c>s) are picked up.</summary>
internal sealed class FileTokenSource(string path, TimeProvider timeProvider) : ITokenSource
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private volatile CachedToken? _cached;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_cached is { } cached && now - cached.ReadAt < RefreshInterval)
        {
            return cached.Value;
        }

        var value = (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        _cached = new CachedToken(value, now);
        return value;
    }

    private sealed record CachedToken(string Value, DateTimeOffset ReadAt);
}
