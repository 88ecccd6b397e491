namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>How a fixture kubeconfig authenticates.</summary>
internal enum KubeCredential
{
    Token,
    TokenFile,
    RsaCertificateFiles,
    RsaCertificateFilesPkcs1,
    EcCertificateFiles,
    EcCertificateFilesSec1,
    RsaCertificateData,
    EcCertificateData,

    /// <summary>An <c>oidc</c> auth-provider whose id-token has not expired (no refresh needed).</summary>
    OidcIdToken,
}
