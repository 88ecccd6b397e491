using System.Security.Cryptography.X509Certificates;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Tls;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Writes a kubeconfig for the fake server with the asked trust and credential; every file it
/// references sits beside it and is named by a relative path.</summary>
internal static class KubeconfigVariants
{
    /// <summary>An unsigned JWT whose <c>exp</c> is in 2286: the OIDC provider sends it as it is.</summary>
    public static readonly string OidcIdToken = string.Join('.', Base64Url("{\"alg\":\"none\"}"), Base64Url("{\"exp\":9999999999}"), "sig");

    public static string Write(TempDirectory directory, FakeKubeApiServer fake, KubeTrust trust, KubeCredential credential)
    {
        string[] cluster = trust switch
        {
            KubeTrust.CaFile => [$"certificate-authority: {Relative(directory, directory.Write("certs/ca.crt", fake.CaPem))}"],
            KubeTrust.CaData => [$"certificate-authority-data: {KubeconfigYaml.Base64(fake.CaPem)}"],
            _ => ["insecure-skip-tls-verify: true"],
        };
        var yaml = KubeconfigYaml.Single(fake.Url.ToString(), cluster, User(directory, fake, credential));
        return directory.Write("kubeconfig", yaml);
    }

    private static string[] User(TempDirectory directory, FakeKubeApiServer fake, KubeCredential credential) => credential switch
    {
        KubeCredential.Token => [$"token: {FakeKubeApiServer.DefaultToken}"],
        KubeCredential.TokenFile => [$"tokenFile: {Relative(directory, directory.Write("secrets/token", FakeKubeApiServer.DefaultToken + "\n"))}"],
        KubeCredential.RsaCertificateFiles => Files(directory, fake, TestKeyAlgorithm.Rsa, PemKeyFormat.Pkcs8),
        KubeCredential.RsaCertificateFilesPkcs1 => Files(directory, fake, TestKeyAlgorithm.Rsa, PemKeyFormat.Traditional),
        KubeCredential.EcCertificateFiles => Files(directory, fake, TestKeyAlgorithm.Ecdsa, PemKeyFormat.Pkcs8),
        KubeCredential.EcCertificateFilesSec1 => Files(directory, fake, TestKeyAlgorithm.Ecdsa, PemKeyFormat.Traditional),
        KubeCredential.RsaCertificateData => Data(fake, TestKeyAlgorithm.Rsa, PemKeyFormat.Traditional),
        KubeCredential.OidcIdToken =>
        [
            "auth-provider:",
            "  name: oidc",
            "  config: {client-id: stork, idp-issuer-url: 'https://idp.invalid', refresh-token: r, id-token: " + OidcIdToken + "}",
        ],
        _ => Data(fake, TestKeyAlgorithm.Ecdsa, PemKeyFormat.Pkcs8),
    };

    private static string[] Files(TempDirectory directory, FakeKubeApiServer fake, TestKeyAlgorithm algorithm, PemKeyFormat format)
    {
        using var certificate = fake.Certificates.IssueClient("stork", algorithm);
        var certs = Directory.CreateDirectory(Path.Combine(directory.Path, "certs")).FullName;
        var files = CertificatePem.WriteFiles(certificate, certs, "client", format);
        return [$"client-certificate: {Relative(directory, files.CertificatePath)}", $"client-key: {Relative(directory, files.KeyPath)}"];
    }

    private static string[] Data(FakeKubeApiServer fake, TestKeyAlgorithm algorithm, PemKeyFormat format)
    {
        using X509Certificate2 certificate = fake.Certificates.IssueClient("stork", algorithm);
        return
        [
            $"client-certificate-data: {KubeconfigYaml.Base64(CertificatePem.Certificate(certificate))}",
            $"client-key-data: {KubeconfigYaml.Base64(CertificatePem.PrivateKey(certificate, format))}",
        ];
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Relative(TempDirectory directory, string path) => Path.GetRelativePath(directory.Path, path);
}
