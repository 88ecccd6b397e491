using System.ComponentModel.DataAnnotations;
using Stork.Scoring.Placement;
using Stork.Shared.Annotations;

namespace Stork.Scoring;

/// <summary>The extender's settings, bound from the root configuration (the command-line flags).</summary>
internal sealed class ScoringOptions
{
    /// <summary><c>--score-scale stork|normalized</c>.</summary>
    [ConfigurationKeyName("score-scale")]
    public ScoreScale ScoreScale { get; set; } = ScoreScale.Stork;

    /// <summary><c>--rack-label</c>: the node label holding a node's rack.</summary>
    [ConfigurationKeyName("rack-label")]
    [Required(AllowEmptyStrings = false)]
    public string RackLabel { get; set; } = AnnotationKeys.PortworxRack;

    /// <summary><c>--max-request-bytes</c>: a 5,000-node request with full Node objects is 25-40 MB.</summary>
    [ConfigurationKeyName("max-request-bytes")]
    [Range(1024, 1024 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary><c>--request-deadline</c>: bound on one extender request's lookups (API reads after a cache miss,
    /// driver calls), well under kube-scheduler's 5 s; past it the request answers as for an unreadable claim.</summary>
    [ConfigurationKeyName("request-deadline")]
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:29")]
    public TimeSpan RequestDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary><c>--max-buffered-request-bytes</c>: bytes all request bodies in flight may hold together (buffers
    /// from 64 KB up, grown as the body arrives); past it a request is answered 503 with Retry-After.</summary>
    [ConfigurationKeyName("max-buffered-request-bytes")]
    [Range(64 * 1024, long.MaxValue)]
    public long MaxBufferedRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary><c>--scheduler-name</c>: the placement watcher holds only pods with this <c>spec.schedulerName</c>
    /// (a field selector on its list and watch).</summary>
    [ConfigurationKeyName("scheduler-name")]
    [Required(AllowEmptyStrings = false)]
    public string SchedulerName { get; set; } = "stork";

    /// <summary><c>--placement-refresh-interval</c>: every bound pod's placement is recomputed this often, so
    /// replica moves seen by the driver reach the gauges.</summary>
    [ConfigurationKeyName("placement-refresh-interval")]
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PlacementRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>--placement-by-namespace</c>: also label <c>stork_pods_by_placement</c> by namespace.</summary>
    [ConfigurationKeyName("placement-by-namespace")]
    public bool PlacementByNamespace { get; set; }

    /// <summary><c>--placement-leader-election</c>: only the holder of the Lease computes placements, exports their
    /// gauges and records their events (ignored with <c>--cluster-snapshot</c>: no API server to hold a Lease on).</summary>
    [ConfigurationKeyName("placement-leader-election")]
    public bool PlacementLeaderElection { get; set; } = true;

    /// <summary><c>--placement-lease-name</c>.</summary>
    [ConfigurationKeyName("placement-lease-name")]
    [Required(AllowEmptyStrings = false)]
    public string PlacementLeaseName { get; set; } = "stork-placement";

    /// <summary><c>--placement-lease-namespace</c>: empty for the pod's own (<c>POD_NAMESPACE</c>), else <c>default</c>.</summary>
    [ConfigurationKeyName("placement-lease-namespace")]
    public string PlacementLeaseNamespace { get; set; } = "";

    /// <summary><c>--placement-lease-duration</c>: a dead leader is replaced within this; renewals are due within
    /// two thirds of it and retried every 2/15 of it (15 s, 10 s, 2 s as kube-scheduler's defaults).</summary>
    [ConfigurationKeyName("placement-lease-duration")]
    [Range(typeof(TimeSpan), "00:00:00.300", "00:10:00")]
    public TimeSpan PlacementLeaseDuration { get; set; } = TimeSpan.FromSeconds(15);
}
