namespace Stork.Shared.Kube.Connection;

/// <summary>The parts of a kubeconfig file this service reads.</summary>
internal sealed record Kubeconfig(
    string? CurrentContext,
    IReadOnlyDictionary<string, KubeconfigContext> Contexts,
    IReadOnlyDictionary<string, KubeconfigCluster> Clusters,
    IReadOnlyDictionary<string, KubeconfigUser> Users);
