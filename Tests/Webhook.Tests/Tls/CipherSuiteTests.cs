using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Stork.Webhook.Tests.Integration;

namespace Stork.Webhook.Tests.Tls;

/// <summary>The real webhook's handshakes: under TLS 1.2 only ECDHE with AES-GCM or ChaCha20-Poly1305, a client
/// offering nothing but CBC suites is refused; TLS 1.3 is unchanged.</summary>
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class CipherSuiteTests
{
    private static readonly TlsCipherSuite[] Cbc =
    [
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
    ];

    private WebhookServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Handshake_Tls12CbcSuitesOnly_Refused() =>
        await Assert.ThatAsync(() => HandshakeAsync(SslProtocols.Tls12, Cbc), Throws.InstanceOf<AuthenticationException>().Or.InstanceOf<IOException>());

    [TestCase(TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TestName = "Handshake_Tls12AesGcm_Accepted")]
    [TestCase(TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TestName = "Handshake_Tls12Aes256Gcm_Accepted")]
    [TestCase(TlsCipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TestName = "Handshake_Tls12ChaCha20Poly1305_Accepted")]
    public async Task Handshake_Tls12Aead_Accepted(TlsCipherSuite rsa, TlsCipherSuite ecdsa)
    {
        var negotiated = await HandshakeAsync(SslProtocols.Tls12, [rsa, ecdsa, .. Cbc]);

        Assert.That(negotiated, Is.EqualTo(rsa).Or.EqualTo(ecdsa));
    }

    [Test]
    public async Task Handshake_Tls13_Accepted()
    {
        var negotiated = await HandshakeAsync(SslProtocols.Tls13, null);

        Assert.That(negotiated, Is.AnyOf(TlsCipherSuite.TLS_AES_128_GCM_SHA256, TlsCipherSuite.TLS_AES_256_GCM_SHA384, TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256));
    }

    /// <summary>A handshake with the webhook offering only <paramref name="suites"/> (the platform's when null) over
    /// <paramref name="protocol"/>; the suite agreed on.</summary>
    private async Task<TlsCipherSuite> HandshakeAsync(SslProtocols protocol, IEnumerable<TlsCipherSuite>? suites)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port).WaitAsync(WebhookServer.Timeout);
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = server.Address.Host,
            EnabledSslProtocols = protocol,
            CipherSuitesPolicy = suites is null ? null : new CipherSuitesPolicy(suites),
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
                CustomTrustStore = { server.Certificates.Authority },
            },
        }).WaitAsync(WebhookServer.Timeout);
        return tls.NegotiatedCipherSuite;
    }
}
