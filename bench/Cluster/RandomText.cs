using System.Globalization;

namespace Stork.Bench.Cluster;

/// <summary>Identifier-shaped values from a seeded <see cref="Random"/>, so every run builds the same cluster.</summary>
internal static class RandomText
{
    public static string Uid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    public static string Hex(Random random, int length)
    {
        var bytes = new byte[(length + 1) / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    /// <summary>A Portworx volume id: 17 to 19 decimal digits.</summary>
    public static string VolumeId(Random random) =>
        random.NextInt64(10_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>An RFC 3339 second-precision UTC time within a year after 2024-01-01.</summary>
    public static string Timestamp(Random random) =>
        new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next(365 * 24 * 3600))
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
