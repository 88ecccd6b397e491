using Microsoft.Extensions.Configuration;

namespace Stork.Shared.Kube.Connection;

/// <summary>How the operator points the service at an API server: the configuration keys <c>kubeconfig</c>
/// and <c>context</c> (on the command line <c>--kubeconfig PATH --context NAME</c>).</summary>
internal sealed class KubeConnectionOptions
{
    public const string KubeconfigKey = "kubeconfig";
    public const string ContextKey = "context";

    /// <summary>A kubeconfig file; when unset, <c>$KUBECONFIG</c>, in-cluster, then <c>~/.kube/config</c> are tried.</summary>
    public string? Kubeconfig { get; set; }

    /// <summary>The kubeconfig context to use instead of its <c>current-context</c>.</summary>
    public string? Context { get; set; }

    public void BindFrom(IConfiguration configuration)
    {
        Kubeconfig = NullIfEmpty(configuration[KubeconfigKey]);
        Context = NullIfEmpty(configuration[ContextKey]);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
