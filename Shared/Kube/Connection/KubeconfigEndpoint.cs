using System.Security.Cryptography.X509Certificates;

namespace Stork.Shared.Kube.Connection;

/// <summary>The endpoint a kubeconfig file describes for its current (or a chosen) context. Relative file
/// paths in it resolve against the kubeconfig's directory.</summary>
internal static class KubeconfigEndpoint
{
    public static KubeEndpoint Load(string path, string? contextOverride)
    {
        var config = KubeconfigParser.Parse(PemCredentials.ReadFile(path, "kubeconfig"), path);
        var contextName = contextOverride ?? config.CurrentContext
            ?? throw new KubeConfigException($"kubeconfig {path} has no current-context; pass --context NAME");
        var context = config.Contexts.GetValueOrDefault(contextName)
            ?? throw new KubeConfigException(
                $"kubeconfig {path} has no context '{contextName}' (it has: {string.Join(", ", config.Contexts.Keys)})");
        var cluster = context.Cluster is { } clusterName && config.Clusters.TryGetValue(clusterName, out var found)
            ? found
            : throw new KubeConfigException($"kubeconfig {path}: context '{contextName}' names no known cluster ('{context.Cluster}')");
        var user = User(config, context, path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new KubeEndpoint(
            Server(cluster, path),
            Authorities(cluster, directory),
            cluster.InsecureSkipTlsVerify,
            ClientCertificate(user, directory),
            user.Token,
            user.TokenFile is { } tokenFile ? Path.Combine(directory, tokenFile) : null,
            $"kubeconfig {path}, context {contextName}");
    }

    private static KubeconfigUser User(Kubeconfig config, KubeconfigContext context, string path)
    {
        if (context.User is not { } userName)
        {
            return KubeconfigUser.Anonymous;
        }

        var user = config.Users.GetValueOrDefault(userName)
            ?? throw new KubeConfigException($"kubeconfig {path}: user '{userName}' is not defined");
        return user.Unsupported is { } unsupported
            ? throw new KubeConfigException(
                $"kubeconfig user '{userName}' uses {unsupported}, which is not supported; use a token or client certificate")
            : user;
    }

    private static Uri Server(KubeconfigCluster cluster, string path) =>
        Uri.TryCreate(cluster.Server, UriKind.Absolute, out var server) && server.Scheme is "https" or "http"
            ? server
            : throw new KubeConfigException($"kubeconfig {path}: cluster server '{cluster.Server}' is not an http(s) URL");

    private static X509Certificate2Collection Authorities(KubeconfigCluster cluster, string directory) =>
        cluster.CertificateAuthorityData is { } data
            ? PemCredentials.Authorities(PemCredentials.DecodeData(data, "certificate-authority-data"), "certificate-authority-data")
            : cluster.CertificateAuthority is { } file
                ? PemCredentials.Authorities(PemCredentials.ReadFile(Path.Combine(directory, file), "certificate-authority"), file)
                : [];

    private static X509Certificate2? ClientCertificate(KubeconfigUser user, string directory)
    {
        var certificate = Material(user.ClientCertificateData, user.ClientCertificate, directory, "client-certificate");
        var key = Material(user.ClientKeyData, user.ClientKey, directory, "client-key");
        return (certificate, key) switch
        {
            (null, null) => null,
            ({ } c, { } k) => PemCredentials.ClientCertificate(c, k, "kubeconfig client-certificate"),
            _ => throw new KubeConfigException("kubeconfig user has a client certificate or key without the other"),
        };
    }

    private static string? Material(string? data, string? file, string directory, string field) =>
        data is not null ? PemCredentials.DecodeData(data, field + "-data")
        : file is not null ? PemCredentials.ReadFile(Path.Combine(directory, file), field)
        : null;
}
