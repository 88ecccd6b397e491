using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Demo;

/// <summary>A throw-away CA and a serving certificate for 127.0.0.1/localhost, written as PEM files so the
/// webhook can serve HTTPS and curl can trust it (<c>--cacert</c>).</summary>
internal sealed record DevCertificate(string CaPath, string CertificatePath, string KeyPath)
{
    public static DevCertificate Create(string directory)
    {
        Directory.CreateDirectory(directory);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Stork.Webhook demo CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = DateTimeOffset.UtcNow;
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var leaf = request.Create(ca, now.AddMinutes(-5), now.AddDays(30), RandomNumberGenerator.GetBytes(16));

        var certificate = new DevCertificate(Path.Combine(directory, "ca.crt"), Path.Combine(directory, "tls.crt"), Path.Combine(directory, "tls.key"));
        File.WriteAllText(certificate.CaPath, ca.ExportCertificatePem());
        File.WriteAllText(certificate.CertificatePath, leaf.ExportCertificatePem());
        File.WriteAllText(certificate.KeyPath, key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }
}
