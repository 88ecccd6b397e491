namespace Stork.Bench.Reporting;

/// <summary>Order statistics of a sample (nearest-rank: the smallest value with at least p% of the sample at or below it).</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> sample)
    {
        sorted = [.. sample.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("percentiles of an empty sample", nameof(sample));
        }
    }

    public int Count => sorted.Length;

    public double Max => sorted[^1];

    /// <param name="percent">In (0, 100].</param>
    public double At(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
