namespace Stork.Shared.Kube.Connection;

/// <summary><c>clusters[].cluster</c> of a kubeconfig.</summary>
internal sealed record KubeconfigCluster(
    string? Server,
    string? CertificateAuthority,
    string? CertificateAuthorityData,
    bool InsecureSkipTlsVerify);
