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
}
