using System.Text;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Kubeconfig fixture text: one cluster <c>c</c>, one user <c>u</c>, one context <c>test</c>.</summary>
internal static class KubeconfigYaml
{
    public static string Single(string server, IEnumerable<string> clusterFields, IEnumerable<string> userFields) => $"""
        apiVersion: v1
        kind: Config
        current-context: test
        clusters:
        - name: c
          cluster:
            server: {server}
        {Fields(clusterFields)}
        users:
        - name: u
          user:
        {Fields(userFields)}
        contexts:
        - name: test
          context:
            cluster: c
            user: u
        """;

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Fields(IEnumerable<string> fields) => string.Join("\n", fields.Select(f => "    " + f));
}
