using System.Net.Security;

namespace Stork.Webhook.Tls;

/// <summary>The suites the webhook offers: under TLS 1.2 only ECDHE key exchange with an AEAD cipher (AES-GCM,
/// ChaCha20-Poly1305), none of the CBC suites OpenSSL would otherwise accept; under TLS 1.3 its three suites, as
/// before. Set per handshake (Kestrel's <c>OnAuthenticate</c>); Windows' Schannel has no per-connection policy.</summary>
internal static class TlsCipherSuites
{
    public static readonly IReadOnlyList<TlsCipherSuite> Allowed =
    [
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    ];

    /// <summary>The policy of <see cref="Allowed"/>, or null where the platform cannot restrict suites (Windows).</summary>
    public static CipherSuitesPolicy? Policy { get; } = OperatingSystem.IsWindows() ? null : new CipherSuitesPolicy(Allowed);
}
