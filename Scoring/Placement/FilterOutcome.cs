namespace Stork.Scoring.Placement;

/// <summary>Why the filter answered as it did (the metric's outcome label).</summary>
internal enum FilterOutcome
{
    /// <summary>The pod uses no volume of the storage driver: every node passes.</summary>
    NoDriverVolumes,

    /// <summary>The driver could not answer: every (schedulable) node passes.</summary>
    DriverUnavailable,

    /// <summary>A Windows share volume: every schedulable node passes.</summary>
    WindowsVolume,

    /// <summary>The storage rules kept some nodes.</summary>
    Filtered,

    /// <summary>No node can take the pod; every node is in the failed map with its reason.</summary>
    CannotSchedule,
}
