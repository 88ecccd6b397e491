using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Deploy.Tests.Certs;

/// <summary>Writes certificates the script did not issue (e.g. near expiry) into its directory.</summary>
internal static class DotNetIssuer
{
    /// <summary>Replaces ca.crt/ca.key with a self-signed CA that expires in <paramref name="daysLeft"/> days.</summary>
    public static void WriteCa(string directory, int daysLeft)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=stork-webhook-ca", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(daysLeft));
        File.WriteAllText(Path.Combine(directory, "ca.crt"), ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "ca.key"), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Replaces tls.crt/tls.key with a serving certificate for <paramref name="dnsNames"/>, signed by
    /// the directory's CA, that expires in <paramref name="daysLeft"/> days.</summary>
    public static void WriteServing(string directory, IEnumerable<string> dnsNames, int daysLeft)
    {
        using var caKey = Pem.Key(Path.Combine(directory, "ca.key"));
        using var caPublic = Pem.Certificate(Path.Combine(directory, "ca.crt"));
        using var ca = caPublic.CopyWithPrivateKey(caKey);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=stork-webhook", key, HashAlgorithmName.SHA256);
        var sans = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
            sans.AddDnsName(name);
        request.CertificateExtensions.Add(sans.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var notAfter = DateTimeOffset.UtcNow.AddDays(daysLeft);
        using var serving = request.Create(ca, new DateTimeOffset(caPublic.NotBefore), notAfter, RandomNumberGenerator.GetBytes(16));
        File.WriteAllText(Path.Combine(directory, "tls.crt"), serving.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "tls.key"), key.ExportPkcs8PrivateKeyPem());
    }
}
