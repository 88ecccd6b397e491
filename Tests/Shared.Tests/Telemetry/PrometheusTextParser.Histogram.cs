using System.Globalization;

namespace Stork.Shared.Tests.Telemetry;

internal static partial class PrometheusTextParser
{
    private const string Le = "le";

    /// <summary>Per series (labels without <c>le</c>): buckets with increasing <c>le</c> and cumulative
    /// integral counts, a last bucket <c>+Inf</c> equal to <c>_count</c>, one <c>_sum</c> and one <c>_count</c>.</summary>
    private static void ValidateHistogram(Family family)
    {
        foreach (var series in family.Samples.GroupBy(sample => sample.LabelKey(without: Le)))
        {
            var where = $"histogram {family.Name} series {series.Key}";
            var buckets = series.Where(sample => sample.Name == family.Name + "_bucket").ToList();
            var sums = series.Where(sample => sample.Name == family.Name + "_sum").ToList();
            var counts = series.Where(sample => sample.Name == family.Name + "_count").ToList();
            if (buckets.Count == 0 || sums.Count != 1 || counts.Count != 1
                || buckets.Any(bucket => !bucket.Labels.ContainsKey(Le)) || sums[0].Labels.ContainsKey(Le) || counts[0].Labels.ContainsKey(Le))
            {
                throw new FormatException($"The {where} needs buckets with le, one _sum and one _count without le.");
            }

            var last = ValidateBuckets(buckets, where);
            if (!double.IsPositiveInfinity(last.Bound) || last.Count != counts[0].Value)
            {
                throw new FormatException($"The {where} must end in le=\"+Inf\" equal to _count.");
            }
        }
    }

    private static (double Bound, double Count) ValidateBuckets(List<Sample> buckets, string where)
    {
        var previous = (Bound: double.NegativeInfinity, Count: 0d);
        foreach (var bucket in buckets)
        {
            var bound = ParseValue(bucket.Labels[Le], new Line(bucket.Labels[Le], 0));
            if (!(bound > previous.Bound) || !(bucket.Value >= previous.Count) || bucket.Value != Math.Floor(bucket.Value))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"The {where} has a bucket le={bound} out of order or not cumulative ({bucket.Value} after {previous.Count})."));
            }

            previous = (bound, bucket.Value);
        }

        return previous;
    }
}
