using System.Security.Cryptography.X509Certificates;
using k8s;
using k8s.Authentication;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>The real <see cref="IKubeApi"/> pointed at a fake API server over TLS, trusting only its CA.</summary>
internal static class FakeKubeClient
{
    /// <summary>Small retry delays so retried calls stay fast.</summary>
    public static KubeClientOptions Options() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(10),
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
    };

    public static IKubeApi Create(FakeKubeApiServer fake) =>
        Create(Endpoint(fake, new StringTokenProvider(FakeKubeApiServer.DefaultToken, "Bearer")), TimeProvider.System);

    public static IKubeApi Create(KubeEndpoint endpoint, TimeProvider time) =>
        KubeApiServiceCollectionExtensions.Create(endpoint, Options(), time);

    public static KubeEndpoint Endpoint(FakeKubeApiServer fake, ITokenProvider tokens) =>
        new(
            new KubernetesClientConfiguration
            {
                Host = fake.Url.ToString(),
                SslCaCerts = new X509Certificate2Collection(fake.CaCertificate),
                TokenProvider = tokens,
            },
            "test");
}
