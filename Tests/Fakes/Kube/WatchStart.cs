namespace Stork.Tests.Fakes.Kube;

/// <summary>The outcome of opening a watch: a live subscription, or the 410 message when the
/// requested resourceVersion is older than the history.</summary>
internal sealed record WatchStart(WatchSubscription? Subscription, string? ExpiredMessage);
