using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Deploy.Tests.Certs;

/// <summary>Reads what the script writes with the .NET X509 APIs.</summary>
internal static class Pem
{
    public static X509Certificate2 Certificate(string path) => X509Certificate2.CreateFromPem(File.ReadAllText(path));

    public static X509Certificate2Collection Bundle(string pem)
    {
        var bundle = new X509Certificate2Collection();
        bundle.ImportFromPem(pem);
        return bundle;
    }

    public static ECDsa Key(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    public static IReadOnlyList<string> DnsNames(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions.Single(e => e.Oid?.Value == "2.5.29.17");
        return new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical).EnumerateDnsNames().ToList();
    }

    /// <summary>Builds the chain from <paramref name="leaf"/> to the given roots only; null when it does not build.</summary>
    public static IReadOnlyList<X509Certificate2>? Chain(X509Certificate2 leaf, X509Certificate2Collection roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf) ? chain.ChainElements.Select(e => e.Certificate).ToList() : null;
    }
}
