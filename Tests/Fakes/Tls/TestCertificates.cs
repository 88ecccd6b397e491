using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Tests.Fakes.Tls;

/// <summary>An in-memory certificate authority for tests and the leaf certificates it signs. Every
/// certificate returned carries an exportable private key that works for TLS on Linux.</summary>
internal sealed class TestCertificates : IDisposable
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(30);

    private TestCertificates(X509Certificate2 authority)
    {
        Authority = authority;
    }

    /// <summary>The CA certificate, with its private key.</summary>
    public X509Certificate2 Authority { get; }

    public string AuthorityPem => CertificatePem.Certificate(Authority);

    public static TestCertificates CreateAuthority(string commonName = "Stork Test CA")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.Add(Validity).AddDays(1));
        return new TestCertificates(Reimport(created));
    }

    /// <summary>A server certificate for IP 127.0.0.1 and DNS localhost (plus <paramref name="extraDnsNames"/>).</summary>
    public X509Certificate2 IssueServer(params string[] extraDnsNames)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        foreach (var name in extraDnsNames)
        {
            names.AddDnsName(name);
        }

        return Issue("CN=localhost", TestKeyAlgorithm.Ecdsa, "1.3.6.1.5.5.7.3.1", names.Build());
    }

    /// <summary>A client certificate whose subject is <c>CN={commonName}</c>.</summary>
    public X509Certificate2 IssueClient(string commonName, TestKeyAlgorithm algorithm = TestKeyAlgorithm.Rsa) =>
        Issue($"CN={commonName}", algorithm, "1.3.6.1.5.5.7.3.2", null);

    public void Dispose() => Authority.Dispose();

    private X509Certificate2 Issue(string subject, TestKeyAlgorithm algorithm, string usageOid, X509Extension? names)
    {
        using var key = LeafKey.Create(algorithm);
        var request = key.Request(subject);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(key.Usage, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usageOid)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, true, false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names);
        }

        var now = DateTimeOffset.UtcNow;
        using var authorityKey = Authority.GetECDsaPrivateKey()!;
        using var signed = request.Create(
            Authority.SubjectName, X509SignatureGenerator.CreateForECDsa(authorityKey),
            now.AddHours(-1), now.Add(Validity), RandomNumberGenerator.GetBytes(16));
        using var withKey = key.Attach(signed);
        return Reimport(withKey);
    }

    /// <summary>Round-trips through PKCS#12 so the key is a persisted, exportable one that SslStream can use.</summary>
    private static X509Certificate2 Reimport(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
}
