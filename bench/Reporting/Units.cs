using System.Globalization;

namespace Stork.Bench.Reporting;

/// <summary>How numbers are printed: invariant culture, units in the text.</summary>
internal static class Units
{
    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    public static string Kilobytes(double bytes) => (bytes / 1024.0).ToString("N2", CultureInfo.InvariantCulture) + " KB";

    public static string Bytes(double bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture) + " s";

    public static string Milliseconds(double milliseconds) => milliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    public static string Microseconds(TimeSpan time) => time.TotalMicroseconds.ToString("N1", CultureInfo.InvariantCulture) + " µs";

    public static string Milliseconds(TimeSpan time) => Milliseconds(time.TotalMilliseconds);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio.ToString("N1", CultureInfo.InvariantCulture) + "×";

    public static string Rate(long bytes, TimeSpan time) =>
        (bytes / 1024.0 / 1024.0 / Math.Max(time.TotalSeconds, 1e-9)).ToString("N0", CultureInfo.InvariantCulture) + " MB/s";
}
