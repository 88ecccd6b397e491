using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Stork.Shared.Kube.Connection;

/// <summary>Certificates and keys from PEM text, as kubeconfigs and service-account mounts hold them.</summary>
internal static class PemCredentials
{
    /// <summary>Every certificate of a PEM bundle; <paramref name="origin"/> names it in errors.</summary>
    public static X509Certificate2Collection Authorities(string pem, string origin)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new KubeConfigException($"{origin} holds an invalid PEM certificate: {e.Message}", e);
        }

        return certificates.Count > 0
            ? certificates
            : throw new KubeConfigException($"{origin} holds no PEM certificate");
    }

    /// <summary>A certificate with its RSA or EC private key (PKCS#8, PKCS#1 or SEC 1 PEM), usable for TLS client auth.</summary>
    public static X509Certificate2 ClientCertificate(string certificatePem, string keyPem, string origin)
    {
        try
        {
            using var loaded = X509Certificate2.CreateFromPem(certificatePem, keyPem);
            return X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new KubeConfigException($"{origin}: the client certificate and key cannot be loaded: {e.Message}", e);
        }
    }

    /// <summary>The text of a base64 <c>*-data</c> field.</summary>
    public static string DecodeData(string base64, string origin)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException e)
        {
            throw new KubeConfigException($"{origin} is not valid base64", e);
        }
    }

    /// <summary>The text of a referenced file.</summary>
    public static string ReadFile(string path, string origin)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"{origin} file {path} cannot be read: {e.Message}", e);
        }
    }
}
