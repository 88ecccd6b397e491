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
}
