namespace Stork.Shared.Kube.Connection;

/// <summary>Decides how to reach the API server: <c>--kubeconfig</c>, else <c>$KUBECONFIG</c>, else in-cluster,
/// else <c>~/.kube/config</c>; none of them is an error naming everything tried (never a localhost guess).</summary>
internal static class KubeEndpointResolver
{
    public static KubeEndpoint Resolve(KubeConnectionOptions options, KubeEnvironment environment, TimeProvider timeProvider)
    {
        if (options.Kubeconfig is { } explicitPath)
        {
            return File.Exists(explicitPath)
                ? KubeconfigEndpoint.Load(explicitPath, options.Context, timeProvider)
                : throw new KubeConfigException($"--kubeconfig {explicitPath}: file not found");
        }

        var tried = new List<string> { "--kubeconfig (not given)" };
        if (FromVariable(environment, tried) is { } variablePath)
        {
            return KubeconfigEndpoint.Load(variablePath, options.Context, timeProvider);
        }

        if (InClusterEndpoint.TryCreate(environment, timeProvider, tried) is { } inCluster)
        {
            return inCluster;
        }

        if (FromHome(environment, tried) is { } homePath)
        {
            return KubeconfigEndpoint.Load(homePath, options.Context, timeProvider);
        }

        throw new KubeConfigException(
            $"no Kubernetes API server is configured; tried {string.Join("; ", tried)}. "
            + "Pass --kubeconfig PATH, set KUBECONFIG, or run in a pod with a service account.");
    }

    private static string? FromVariable(KubeEnvironment environment, List<string> tried)
    {
        if (string.IsNullOrWhiteSpace(environment.KubeconfigVariable))
        {
            tried.Add("$KUBECONFIG (not set)");
            return null;
        }

        var paths = environment.KubeconfigVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var existing = paths.FirstOrDefault(File.Exists);
        if (existing is null)
        {
            tried.Add($"$KUBECONFIG ({string.Join(", ", paths)}: not found)");
        }

        return existing;
    }

    private static string? FromHome(KubeEnvironment environment, List<string> tried)
    {
        if (environment.HomeDirectory is null)
        {
            tried.Add("~/.kube/config (no home directory)");
            return null;
        }

        var path = Path.Combine(environment.HomeDirectory, ".kube", "config");
        if (File.Exists(path))
        {
            return path;
        }

        tried.Add($"{path} (not found)");
        return null;
    }
}
