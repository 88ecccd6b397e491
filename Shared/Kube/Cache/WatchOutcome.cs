using Stork.Shared.Kube.Client;

namespace Stork.Shared.Kube.Cache;

/// <summary>How a watch ended.</summary>
/// <param name="ResourceVersion">Where to watch from next; null means list again (410 Gone).</param>
/// <param name="Error">Why it failed without progress (reconnect after a backoff); null: reconnect now.</param>
/// <param name="Progressed">It applied at least one event or bookmark.</param>
internal readonly record struct WatchOutcome(string? ResourceVersion, KubeApiError? Error, bool Progressed = false);
