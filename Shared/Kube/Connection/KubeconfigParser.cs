using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Stork.Shared.Kube.Connection;

/// <summary>Reads a kubeconfig document (YAML or JSON) into <see cref="Kubeconfig"/>.</summary>
internal static class KubeconfigParser
{
    public static Kubeconfig Parse(string text, string path)
    {
        var root = Load(text, path);
        return new Kubeconfig(
            YamlNodes.Scalar(root, "current-context"),
            Named(root, "contexts", "context", c => new KubeconfigContext(YamlNodes.Scalar(c, "cluster"), YamlNodes.Scalar(c, "user"))),
            Named(root, "clusters", "cluster", Cluster),
            Named(root, "users", "user", User));
    }

    private static YamlMappingNode Load(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new KubeConfigException($"kubeconfig {path} is not valid YAML: {e.Message}", e);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new KubeConfigException($"kubeconfig {path} is empty or not a YAML mapping");
    }

    /// <summary>A <c>[{name, key: {...}}]</c> list as a dictionary by name; the first of duplicate names wins.</summary>
    private static Dictionary<string, T> Named<T>(YamlMappingNode root, string list, string key, Func<YamlMappingNode, T> read)
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in YamlNodes.Entries(root, list))
        {
            if (YamlNodes.Scalar(entry, "name") is { } name)
            {
                entries.TryAdd(name, read(YamlNodes.Mapping(entry, key) ?? new YamlMappingNode()));
            }
        }

        return entries;
    }

    private static KubeconfigCluster Cluster(YamlMappingNode cluster) => new(
        YamlNodes.Scalar(cluster, "server"),
        YamlNodes.Scalar(cluster, "certificate-authority"),
        YamlNodes.Scalar(cluster, "certificate-authority-data"),
        YamlNodes.Flag(cluster, "insecure-skip-tls-verify"));

    private static KubeconfigUser User(YamlMappingNode user) => new(
        YamlNodes.Scalar(user, "token"),
        YamlNodes.Scalar(user, "tokenFile"),
        YamlNodes.Scalar(user, "client-certificate"),
        YamlNodes.Scalar(user, "client-certificate-data"),
        YamlNodes.Scalar(user, "client-key"),
        YamlNodes.Scalar(user, "client-key-data"),
        Unsupported(user));

    private static string? Unsupported(YamlMappingNode user)
    {
        if (YamlNodes.Mapping(user, "exec") is { } exec)
        {
            return $"an exec credential plugin ({Path.GetFileName(YamlNodes.Scalar(exec, "command") ?? "no command")})";
        }

        if (YamlNodes.Mapping(user, "auth-provider") is { } provider)
        {
            return $"an auth-provider ({YamlNodes.Scalar(provider, "name") ?? "unnamed"})";
        }

        return YamlNodes.Scalar(user, "username") is not null || YamlNodes.Scalar(user, "password") is not null
            ? "basic authentication (username/password)"
            : null;
    }
}
