using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using k8s;

namespace Stork.Shared.Kube.Connection;

/// <summary>The HTTP client of the KubernetesClient package for a <see cref="KubeEndpoint"/>: its handler
/// presents the client certificate (RSA or EC) and honours <c>insecure-skip-tls-verify</c>, and every request
/// carries the package's credentials. Our own requests (paged lists, watches into the slim models) go through it.</summary>
internal static class KubeHttpClientFactory
{
    /// <summary>An infinite-timeout client whose BaseAddress is the API server (per-call timeouts live in the retry pipeline).</summary>
    public static HttpClient Create(KubeEndpoint endpoint)
    {
        var source = endpoint.Configuration;
        var configuration = new KubernetesClientConfiguration
        {
            Host = source.Host,
            SkipTlsVerify = source.SkipTlsVerify,
            ClientCertificateData = source.ClientCertificateData,
            ClientCertificateKeyData = source.ClientCertificateKeyData,
            ClientCertificateFilePath = source.ClientCertificateFilePath,
            ClientKeyFilePath = source.ClientKeyFilePath,
            FirstMessageHandlerSetup = handler => Tune(handler, source),
        };
        var credentials = Kubernetes.CreateCredentials(source);
        Kubernetes kubernetes;
        try
        {
            kubernetes = credentials is null
                ? new Kubernetes(configuration)
                : new Kubernetes(configuration, new KubeCredentialsHandler(credentials));
        }
        catch (Exception e) when (e is CryptographicException or IOException or FormatException or ArgumentException or k8s.Exceptions.KubeConfigException)
        {
            throw new KubeConfigException($"{endpoint.Source}: the client certificate and key cannot be loaded: {e.Message}", e);
        }

        var http = kubernetes.HttpClient;
        http.BaseAddress = endpoint.Server;
        return http;
    }

    /// <summary>Connection lifetimes and keep-alives for long watches; and the CA as the only trust root with the
    /// host name checked (the package's own CA callback accepts a name mismatch once the chain has errors).</summary>
    private static void Tune(SocketsHttpHandler handler, KubernetesClientConfiguration source)
    {
        handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
        handler.ConnectTimeout = TimeSpan.FromSeconds(10);
        handler.KeepAlivePingDelay = TimeSpan.FromSeconds(30);
        handler.KeepAlivePingTimeout = TimeSpan.FromSeconds(15);
        if (source.SkipTlsVerify || source.SslCaCerts is not { Count: > 0 } authorities)
        {
            return;
        }

        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(authorities);
        handler.SslOptions.CertificateChainPolicy = policy;
    }
}
