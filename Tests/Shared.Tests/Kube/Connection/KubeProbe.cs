using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Sends <c>GET /api/v1/namespaces</c> through the product's HTTP client of an endpoint.</summary>
internal static class KubeProbe
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static readonly KubeEnvironment Nothing = new(null, null, null, "/nonexistent/serviceaccount", null);

    public static KubeEndpoint Resolve(string kubeconfig, string? context = null, TimeProvider? clock = null) =>
        KubeEndpointResolver.Resolve(new KubeConnectionOptions { Kubeconfig = kubeconfig, Context = context }, Nothing, clock ?? TimeProvider.System);

    public static async Task<int> ListNamespacesAsync(KubeEndpoint endpoint)
    {
        using var client = KubeHttpClientFactory.Create(endpoint);
        return await StatusAsync(client);
    }

    public static async Task<int> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/v1/namespaces").WaitAsync(Patience);
        return (int)response.StatusCode;
    }
}
