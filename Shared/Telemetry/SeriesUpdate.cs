namespace Stork.Shared.Telemetry;

/// <summary>How a measurement changes its series.</summary>
internal enum SeriesUpdate
{
    /// <summary>Adds the measurement (counters, up-down counters).</summary>
    Add,

    /// <summary>Replaces the value (gauges and the cumulative values that observable instruments report).</summary>
    Set,

    /// <summary>Counts the measurement into a histogram bucket and adds it to the sum.</summary>
    Observe,
}
