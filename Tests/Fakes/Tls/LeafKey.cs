using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Tests.Fakes.Tls;

/// <summary>The key pair of a leaf certificate being issued.</summary>
internal sealed class LeafKey : IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;

    private LeafKey(RSA? rsa, ECDsa? ecdsa)
    {
        _rsa = rsa;
        _ecdsa = ecdsa;
    }

    public X509KeyUsageFlags Usage => _rsa is not null
        ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
        : X509KeyUsageFlags.DigitalSignature;

    public static LeafKey Create(TestKeyAlgorithm algorithm) => algorithm == TestKeyAlgorithm.Rsa
        ? new LeafKey(RSA.Create(2048), null)
        : new LeafKey(null, ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public CertificateRequest Request(string subject) => _rsa is not null
        ? new CertificateRequest(subject, _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
        : new CertificateRequest(subject, _ecdsa!, HashAlgorithmName.SHA256);

    public X509Certificate2 Attach(X509Certificate2 certificate) =>
        _rsa is not null ? certificate.CopyWithPrivateKey(_rsa) : certificate.CopyWithPrivateKey(_ecdsa!);

    public void Dispose()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
    }
}
