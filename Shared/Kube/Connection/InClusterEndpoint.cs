using System.Globalization;

namespace Stork.Shared.Kube.Connection;

/// <summary>The API server as seen from inside a pod: the service environment variables and the mounted
/// service account (its token re-read as it rotates).</summary>
internal static class InClusterEndpoint
{
    /// <summary>The in-cluster endpoint, or null (with the reason added to <paramref name="tried"/>) when not in a pod.</summary>
    public static KubeEndpoint? TryCreate(KubeEnvironment environment, ICollection<string> tried)
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

        var caFile = Path.Combine(environment.ServiceAccountDirectory, "ca.crt");
        var authorities = PemCredentials.Authorities(PemCredentials.ReadFile(caFile, "service account ca.crt"), caFile);
        var server = new UriBuilder(Uri.UriSchemeHttps, host, port).Uri;
        return new KubeEndpoint(server, authorities, false, null, null, tokenFile, $"in-cluster service account ({server})");
    }
}
