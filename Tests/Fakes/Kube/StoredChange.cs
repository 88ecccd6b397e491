namespace Stork.Tests.Fakes.Kube;

/// <summary>One write in the store's bounded history, with its watch line already encoded.</summary>
internal sealed record StoredChange(long Version, KubeResourceType Type, string? Namespace, string Line);
