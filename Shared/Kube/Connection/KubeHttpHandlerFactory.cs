using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Stork.Shared.Kube.Connection;

/// <summary>Builds the HTTP handler that talks to the API server of a <see cref="KubeEndpoint"/>.</summary>
internal static class KubeHttpHandlerFactory
{
    /// <summary>A pooled handler that trusts only the endpoint's CA (unless told to skip verification), presents
    /// its client certificate, and adds its bearer token (a token file re-read per <paramref name="timeProvider"/>).</summary>
    public static HttpMessageHandler Create(KubeEndpoint endpoint, TimeProvider timeProvider)
    {
        var sockets = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            SslOptions = Tls(endpoint),
        };
        return Tokens(endpoint, timeProvider) is { } tokens
            ? new BearerTokenHandler(tokens) { InnerHandler = sockets }
            : sockets;
    }

    private static ITokenSource? Tokens(KubeEndpoint endpoint, TimeProvider timeProvider) =>
        endpoint.TokenFile is { } file ? new FileTokenSource(file, timeProvider)
        : endpoint.Token is { } token ? new StaticTokenSource(token)
        : null;

    private static SslClientAuthenticationOptions Tls(KubeEndpoint endpoint)
    {
        var tls = new SslClientAuthenticationOptions();
        if (endpoint.InsecureSkipTlsVerify)
        {
#pragma warning disable CA5359 // The operator asked for it with insecure-skip-tls-verify.
            tls.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (endpoint.CaCertificates.Count > 0)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.AddRange(endpoint.CaCertificates);
            tls.CertificateChainPolicy = policy;
        }

        if (endpoint.ClientCertificate is { } certificate)
        {
            tls.ClientCertificates = [certificate];
        }

        return tls;
    }
}
