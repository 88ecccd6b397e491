namespace Stork.Shared.Kube.Connection;

/// <summary>What the machine says about reaching the API server; tests pass their own.</summary>
/// <param name="KubeconfigVariable">The value of <c>$KUBECONFIG</c>: paths separated by <see cref="Path.PathSeparator"/>.</param>
/// <param name="ServiceHost"><c>$KUBERNETES_SERVICE_HOST</c>.</param>
/// <param name="ServicePort"><c>$KUBERNETES_SERVICE_PORT</c>.</param>
/// <param name="ServiceAccountDirectory">Where the pod's <c>token</c> and <c>ca.crt</c> are mounted.</param>
/// <param name="HomeDirectory">The user's home, for <c>~/.kube/config</c>.</param>
internal sealed record KubeEnvironment(
    string? KubeconfigVariable,
    string? ServiceHost,
    string? ServicePort,
    string ServiceAccountDirectory,
    string? HomeDirectory)
{
    public const string DefaultServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static KubeEnvironment FromProcess() => new(
        Environment.GetEnvironmentVariable("KUBECONFIG"),
        Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"),
        Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT"),
        DefaultServiceAccountDirectory,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null);
}
