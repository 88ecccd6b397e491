namespace Stork.Shared.Telemetry;

/// <summary>What an instrument becomes in the exposition. <see cref="UpperBounds"/> is set for histograms only.</summary>
internal sealed record MetricDefinition(string Name, string Help, MetricType Type, SeriesUpdate Update, double[]? UpperBounds)
{
    /// <summary>Whether an instrument with this definition can feed the same family as <paramref name="other"/>
    /// (two meters of the same name, e.g. one per app instance in a test process).</summary>
    public bool IsCompatibleWith(MetricDefinition other) =>
        Name == other.Name
        && Type == other.Type
        && Update == other.Update
        && (UpperBounds ?? []).AsSpan().SequenceEqual(other.UpperBounds ?? []);
}
