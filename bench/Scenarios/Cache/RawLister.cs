using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Stork.Bench.Reporting;
using Stork.Tests.Fakes.Kube;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>The floor: every list page fetched over the same TLS, token and page size as the product, with
/// no client-side work beyond finding the continue token. Its time is (almost all) the fake's.</summary>
internal static class RawLister
{
    public static async Task<RawListResult> ListAsync(
        FakeKubeApiServer fake, ICacheTarget target, int pageSize, bool keepBodies, CancellationToken cancellationToken)
    {
        using var http = Client(fake);
        using var buffer = new MemoryStream();
        var bodies = new List<byte[]>();
        var latencies = new List<double>();
        long bytes = 0;
        string? continueToken = null;
        var probe = ResourceUse.Start();
        do
        {
            var started = Stopwatch.GetTimestamp();
            await FetchAsync(http, PagePath(target, pageSize, continueToken), buffer, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            bytes += buffer.Length;
            continueToken = ListHead.Continue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (keepBodies)
            {
                bodies.Add(buffer.ToArray());
            }
        }
        while (continueToken is not null);

        return new(latencies.Count, bytes, latencies, probe.Stop(), bodies);
    }

    private static string PagePath(ICacheTarget target, int pageSize, string? continueToken) =>
        $"{target.CollectionPath.TrimStart('/')}?limit={pageSize}{target.SelectorQuery}"
        + (continueToken is null ? "" : "&continue=" + Uri.EscapeDataString(continueToken));

    /// <summary>GETs <paramref name="path"/> into <paramref name="buffer"/> (emptied first).</summary>
    private static async Task FetchAsync(HttpClient http, string path, MemoryStream buffer, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        buffer.SetLength(0);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await body.CopyToAsync(buffer, cancellationToken);
    }

    private static HttpClient Client(FakeKubeApiServer fake)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { fake.CaCertificate },
        };
        var http = new HttpClient(handler) { BaseAddress = fake.Url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeKubeApiServer.DefaultToken);
        return http;
    }
}
