namespace Stork.Tests.Fakes.Tls;

/// <summary>The key type of an issued test certificate.</summary>
internal enum TestKeyAlgorithm
{
    /// <summary>RSA 2048.</summary>
    Rsa,

    /// <summary>ECDSA on P-256.</summary>
    Ecdsa,
}
