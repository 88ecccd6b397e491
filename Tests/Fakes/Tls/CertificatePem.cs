using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Tests.Fakes.Tls;

/// <summary>PEM text of test certificates and their private keys.</summary>
internal static class CertificatePem
{
    public static string Certificate(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";

    public static string PrivateKey(X509Certificate2 certificate, PemKeyFormat format = PemKeyFormat.Pkcs8)
    {
        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is not null)
        {
            return (format == PemKeyFormat.Pkcs8 ? rsa.ExportPkcs8PrivateKeyPem() : rsa.ExportRSAPrivateKeyPem()) + "\n";
        }

        using var ecdsa = certificate.GetECDsaPrivateKey()
            ?? throw new InvalidOperationException($"certificate {certificate.Subject} has no RSA or ECDSA private key");
        return (format == PemKeyFormat.Pkcs8 ? ecdsa.ExportPkcs8PrivateKeyPem() : ecdsa.ExportECPrivateKeyPem()) + "\n";
    }

    /// <summary>Writes <c>{baseName}.crt</c> and <c>{baseName}.key</c> into <paramref name="directory"/>.</summary>
    public static PemFiles WriteFiles(
        X509Certificate2 certificate, string directory, string baseName, PemKeyFormat format = PemKeyFormat.Pkcs8)
    {
        var files = new PemFiles(Path.Combine(directory, baseName + ".crt"), Path.Combine(directory, baseName + ".key"));
        File.WriteAllText(files.CertificatePath, Certificate(certificate));
        File.WriteAllText(files.KeyPath, PrivateKey(certificate, format));
        return files;
    }

    /// <summary>Writes only the certificate (e.g. a CA bundle) to <c>{directory}/{fileName}</c>.</summary>
    public static string WriteCertificate(X509Certificate2 certificate, string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, Certificate(certificate));
        return path;
    }
}
