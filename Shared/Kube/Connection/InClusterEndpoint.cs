using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using k8s;

namespace Stork.Shared.Kube.Connection;

/// <summary>The API server as seen from inside a pod: the service environment variables and the mounted
/// service account (its token re-read as it rotates). Not the package's <c>InClusterConfig</c>, whose
/// service-account directory is fixed: tests point <see cref="KubeEnvironment.ServiceAccountDirectory"/> elsewhere.</summary>
internal static class InClusterEndpoint
{
    /// <summary>The in-cluster endpoint, or null (with the reason added to <paramref name="tried"/>) when not in a pod.</summary>
    public static KubeEndpoint? TryCreate(KubeEnvironment environment, TimeProvider timeProvider, ICollection<string> tried)
    {
        if (environment.ServiceHost is not { Length: > 0 } host || environment.ServicePort is not { Length: > 0 } portText)
        {
            tried.Add("in-cluster (KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set)");
            return null;
        }

        var tokenFile = Path.Combine(environment.ServiceAccountDirectory, "token");
        if (!File.Exists(tokenFile))
        {
            tried.Add($"in-cluster ({tokenFile} not found)");
            return null;
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is 0 or > 65535)
        {
            throw new KubeConfigException($"KUBERNETES_SERVICE_PORT '{portText}' is not a port number");
        }

        var server = new UriBuilder(Uri.UriSchemeHttps, host, port).Uri;
        var configuration = new KubernetesClientConfiguration
        {
            Host = server.ToString(),
            SslCaCerts = Authorities(Path.Combine(environment.ServiceAccountDirectory, "ca.crt")),
            TokenProvider = new RotatingTokenFile(tokenFile, timeProvider),
        };
        return new KubeEndpoint(configuration, $"in-cluster service account ({server})");
    }

    private static X509Certificate2Collection Authorities(string caFile)
    {
        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPem(File.ReadAllText(caFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new KubeConfigException($"service account CA {caFile} cannot be read: {e.Message}", e);
        }

        return authorities.Count > 0 ? authorities : throw new KubeConfigException($"service account CA {caFile} holds no PEM certificate");
    }
}
