namespace Stork.Shared.Kube.Connection;

/// <summary><c>contexts[].context</c> of a kubeconfig.</summary>
internal sealed record KubeconfigContext(string? Cluster, string? User);
