using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>Self-signed serving certificates for 127.0.0.1 / localhost, as PEM.</summary>
internal static class TestCertificates
{
    public static (string CertificatePem, string KeyPem, string Thumbprint) Create(string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem(), certificate.Thumbprint);
    }

    /// <summary>Writes a pair to <paramref name="certFile"/> and <paramref name="keyFile"/> (each replaced whole).</summary>
    public static string WritePair(string certFile, string keyFile, string commonName)
    {
        var (certificate, key, thumbprint) = Create(commonName);
        File.WriteAllText(certFile, certificate);
        File.WriteAllText(keyFile, key);
        return thumbprint;
    }
}
