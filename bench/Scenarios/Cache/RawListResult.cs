using Stork.Bench.Reporting;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>A full paged list read with a bare HttpClient.</summary>
/// <param name="PageMilliseconds">Request sent to body read, per page.</param>
/// <param name="Bodies">The page bodies, when asked to keep them; else empty.</param>
internal sealed record RawListResult(int Pages, long Bytes, IReadOnlyList<double> PageMilliseconds, ResourceUse Use, IReadOnlyList<byte[]> Bodies);
