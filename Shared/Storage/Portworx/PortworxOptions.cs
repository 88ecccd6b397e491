using Microsoft.Extensions.Configuration;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Settings of the <c>pxd</c> driver, bound from the root configuration so that the command
/// line's <c>--portworx-endpoint</c> and <c>--portworx-token-file</c> land here.</summary>
internal sealed class PortworxOptions
{
    /// <summary>The OpenStorage SDK REST gateway, e.g. <c>http://portworx-api.kube-system:9021</c>.</summary>
    [ConfigurationKeyName("portworx-endpoint")]
    public Uri? Endpoint { get; set; }

    /// <summary>A file holding a bearer JWT; re-read whenever it changes. Optional.</summary>
    [ConfigurationKeyName("portworx-token-file")]
    public string? TokenFile { get; set; }

    /// <summary>The most any request waits for the SDK (kube-scheduler gives the extender 5 s).</summary>
    [ConfigurationKeyName("portworx-call-timeout")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the storage node list is refreshed in the background.</summary>
    [ConfigurationKeyName("portworx-node-refresh-interval")]
    public TimeSpan NodeRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a volume answer is reused before the SDK is asked again.</summary>
    [ConfigurationKeyName("portworx-volume-ttl")]
    public TimeSpan VolumeTtl { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the last good answer stands in for a failing SDK before calls fail.</summary>
    [ConfigurationKeyName("portworx-stale-data-limit")]
    public TimeSpan StaleDataLimit { get; set; } = TimeSpan.FromSeconds(60);
}
