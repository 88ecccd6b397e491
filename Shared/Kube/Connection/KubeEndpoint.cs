using k8s;

namespace Stork.Shared.Kube.Connection;

/// <summary>Where the API server is and how to trust and authenticate to it, as the KubernetesClient package
/// describes it (its <see cref="KubernetesClientConfiguration.TokenProvider"/> renews tokens as they rotate or expire).</summary>
/// <param name="Source">Where this came from, for the startup log (no secrets).</param>
internal sealed record KubeEndpoint(KubernetesClientConfiguration Configuration, string Source)
{
    public Uri Server { get; } = new(Configuration.Host, UriKind.Absolute);
}
