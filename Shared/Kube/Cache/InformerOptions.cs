namespace Stork.Shared.Kube.Cache;

/// <summary>How the caches list and watch (configuration section <c>Kube:Informer</c>).</summary>
public sealed class InformerOptions
{
    /// <summary>Objects per list page (<c>?limit=</c>).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>Server-side watch duration (<c>timeoutSeconds</c>); each watch asks for this times 1 to 2, at random,
    /// so that many caches do not reconnect in step.</summary>
    public TimeSpan WatchTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A watch that sends nothing (not even a bookmark) for this long is presumed dead and reopened.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(11);

    /// <summary>First delay after a failed list or watch; doubles per consecutive failure, with jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
