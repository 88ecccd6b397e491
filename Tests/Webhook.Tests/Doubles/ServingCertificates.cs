using System.Security.Cryptography.X509Certificates;
using Stork.Tests.Fakes.Tls;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>Serving certificates for 127.0.0.1 / localhost, each a new key, all issued by one test CA
/// (<see cref="TestCertificates"/>), as the PEM text <c>--tls-cert-file</c> / <c>--tls-key-file</c> read.</summary>
internal sealed class ServingCertificates : IDisposable
{
    private readonly TestCertificates authority = TestCertificates.CreateAuthority("stork-webhook-test-ca");

    /// <summary>The CA a client trusts to validate what the webhook serves.</summary>
    public X509Certificate2 Authority => authority.Authority;

    public (string CertificatePem, string KeyPem, string Thumbprint) Create()
    {
        using var certificate = authority.IssueServer();
        return (CertificatePem.Certificate(certificate), CertificatePem.PrivateKey(certificate), certificate.Thumbprint);
    }

    /// <summary>Writes a new pair to <paramref name="certFile"/> and <paramref name="keyFile"/> (each replaced
    /// whole, the certificate first); returns the certificate's thumbprint.</summary>
    public string WritePair(string certFile, string keyFile)
    {
        var (certificate, key, thumbprint) = Create();
        File.WriteAllText(certFile, certificate);
        File.WriteAllText(keyFile, key);
        return thumbprint;
    }

    public void Dispose() => authority.Dispose();
}
