namespace Stork.Tests.Fakes.Tls;

/// <summary>How a private key is written as PEM.</summary>
internal enum PemKeyFormat
{
    /// <summary><c>-----BEGIN PRIVATE KEY-----</c> (PKCS#8).</summary>
    Pkcs8,

    /// <summary><c>-----BEGIN RSA PRIVATE KEY-----</c> (PKCS#1) or <c>-----BEGIN EC PRIVATE KEY-----</c> (SEC 1).</summary>
    Traditional,
}
