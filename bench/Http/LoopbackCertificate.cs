using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Bench.Http;

/// <summary>A throw-away CA and a P-256 serving certificate for 127.0.0.1, written as the PEM files the webhook
/// reads (<c>--tls-cert-file</c>, <c>--tls-key-file</c>); clients trust only the CA.</summary>
internal sealed class LoopbackCertificate : IDisposable
{
    private LoopbackCertificate(X509Certificate2 ca, X509Certificate2 serving, string certificatePath, string keyPath)
    {
        Ca = ca;
        Serving = serving;
        CertificatePath = certificatePath;
        KeyPath = keyPath;
    }

    public X509Certificate2 Ca { get; }

    /// <summary>The serving certificate with its private key (for the floor).</summary>
    public X509Certificate2 Serving { get; }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    public static LoopbackCertificate Create(string directory)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Stork bench CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = DateTimeOffset.UtcNow;
        var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var leaf = request.Create(ca, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(16));

        var certificatePath = Path.Combine(directory, "tls.crt");
        var keyPath = Path.Combine(directory, "tls.key");
        File.WriteAllText(certificatePath, leaf.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new(ca, X509Certificate2.CreateFromPemFile(certificatePath, keyPath), certificatePath, keyPath);
    }

    /// <summary>A client handler that trusts only <see cref="Ca"/>.</summary>
    public SocketsHttpHandler TrustingHandler()
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) };
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { Ca },
        };
        return handler;
    }

    public void Dispose()
    {
        Ca.Dispose();
        Serving.Dispose();
    }
}
