namespace Stork.Shared.Kube.Connection;

/// <summary><c>users[].user</c> of a kubeconfig: the credentials this service supports, and a description of
/// any it does not (an exec plugin, an auth provider, basic auth).</summary>
internal sealed record KubeconfigUser(
    string? Token,
    string? TokenFile,
    string? ClientCertificate,
    string? ClientCertificateData,
    string? ClientKey,
    string? ClientKeyData,
    string? Unsupported)
{
    public static readonly KubeconfigUser Anonymous = new(null, null, null, null, null, null, null);
}
