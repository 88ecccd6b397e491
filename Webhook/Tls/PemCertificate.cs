using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Stork.Webhook.Tls;

/// <summary>Loads a certificate and its private key from PEM text (PKCS#8, RSA or EC keys; the first
/// certificate of the file is the serving one).</summary>
internal static class PemCertificate
{
    /// <summary>The certificate with its key, or why the pair is not usable (unparsable, or a key that
    /// does not match the certificate, as while the two files are being replaced one after the other).</summary>
    public static (X509Certificate2? Certificate, string? Error) TryLoad(byte[] certificatePem, byte[] keyPem)
    {
        try
        {
            var certificate = X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(certificatePem), Encoding.UTF8.GetString(keyPem));
            return (certificate, null);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return (null, e.Message);
        }
    }
}
