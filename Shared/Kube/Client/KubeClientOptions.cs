namespace Stork.Shared.Kube.Client;

/// <summary>Limits of the Kubernetes API client (configuration section <c>Kube</c>).</summary>
public sealed class KubeClientOptions
{
    /// <summary>Per-attempt timeout of a get, list page or create up to the answer's headers; then again for its body.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a get, list page or create on 429, 5xx and transport errors.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; doubles per attempt, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of a retry delay, including one the server asked for with Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
