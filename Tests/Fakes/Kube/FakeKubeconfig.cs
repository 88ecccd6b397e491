namespace Stork.Tests.Fakes.Kube;

/// <summary>Writes a kubeconfig that points at a <see cref="FakeKubeApiServer"/> (its CA, its default
/// token), so a test can start a real service with <c>--kubeconfig PATH</c>.</summary>
internal static class FakeKubeconfig
{
    /// <returns>The kubeconfig's path inside <paramref name="directory"/>.</returns>
    public static string Write(FakeKubeApiServer server, string directory)
    {
        var caPath = Path.Combine(directory, "fake-ca.crt");
        File.WriteAllText(caPath, server.CaPem);
        var path = Path.Combine(directory, "kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            current-context: fake
            clusters:
            - name: fake
              cluster:
                server: {server.Url.ToString().TrimEnd('/')}
                certificate-authority: {caPath}
            users:
            - name: fake
              user:
                token: {FakeKubeApiServer.DefaultToken}
            contexts:
            - name: fake
              context:
                cluster: fake
                user: fake
            """);
        return path;
    }
}
