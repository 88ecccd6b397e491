using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Fakes;

/// <summary>A raw HttpClient for the fake: trusts its CA, sends a token and/or a client certificate.</summary>
internal static class FakeKubeHttp
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static HttpClient Client(FakeKubeApiServer fake, string? token = FakeKubeApiServer.DefaultToken, X509Certificate2? clientCertificate = null)
    {
        var handler = new SocketsHttpHandler();
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(fake.CaCertificate);
        handler.SslOptions.CertificateChainPolicy = policy;
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
        }

        var client = new HttpClient(handler) { BaseAddress = fake.Url, Timeout = Timeout };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<(int Code, JsonObject Body)> GetAsync(HttpClient client, string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery).WaitAsync(Timeout);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync().WaitAsync(Timeout))!.AsObject();
        return ((int)response.StatusCode, body);
    }

    public static JsonObject Pvc(string @namespace, string name) =>
        new() { ["metadata"] = new JsonObject { ["namespace"] = @namespace, ["name"] = name }, ["spec"] = new JsonObject() };

    public static JsonObject Named(string name) => new() { ["metadata"] = new JsonObject { ["name"] = name } };
}
