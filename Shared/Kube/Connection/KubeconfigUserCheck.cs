using k8s.KubeConfigModels;

namespace Stork.Shared.Kube.Connection;

/// <summary>Kubeconfig user credentials the KubernetesClient package cannot use, named for the startup error
/// (the package throws a bare exception for some and silently drops others).</summary>
internal static class KubeconfigUserCheck
{
    /// <summary>What is unsupported about <paramref name="credentials"/>, or null when the package can use them.</summary>
    public static string? Unsupported(UserCredentials credentials)
    {
        if (credentials.AuthProvider is { Name: var name } && name != "oidc")
        {
            return $"auth-provider '{name}', which is not supported (only 'oidc' is); use the provider's exec credential "
                + "plugin instead (kubelogin for azure, gke-gcloud-auth-plugin for gcp)";
        }

        var hasCertificate = credentials.ClientCertificate is not null || credentials.ClientCertificateData is not null;
        var hasKey = credentials.ClientKey is not null || credentials.ClientKeyData is not null;
        return hasCertificate == hasKey ? null : "a client certificate or key without the other";
    }
}
