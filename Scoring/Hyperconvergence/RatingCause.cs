namespace Stork.Scoring.Hyperconvergence;

/// <summary>Why the watcher rated a pod (the <c>cause</c> of <c>stork_placement_ratings_total</c>).</summary>
internal enum RatingCause
{
    /// <summary>The pod itself was added or changed.</summary>
    Pod,

    /// <summary>The pod's node changed.</summary>
    Node,

    /// <summary>The PV of one of the pod's claims changed.</summary>
    Claim,

    /// <summary>The periodic refresh, the first rating of every pod, or a catch-up after the queue overflowed.</summary>
    Refresh,
}
