using k8s;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>An answer is decoded as its body arrives, so the request timeout covers the body on its own: an API
/// server that sends a list page's headers and the start of its body, then nothing, gives a Timeout error.</summary>
internal sealed class KubeApiClientBodyTimeoutTests
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(300);

    [Test]
    public async Task ListAsync_BodyStallsAfterItsStart_TimeoutError()
    {
        using var stop = new CancellationTokenSource();
        await using var server = await MinimalApp.StartAsync(_ => { }, app => app.MapGet("/api/v1/nodes", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"kind":"NodeList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[""");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        var api = KubeApiServiceCollectionExtensions.Create(
            new KubeEndpoint(new KubernetesClientConfiguration { Host = server.Address.ToString() }, "test"),
            new KubeClientOptions { RequestTimeout = RequestTimeout },
            TimeProvider.System);

        var page = await api.ListAsync(KubeResources.Nodes, 500, null, CancellationToken.None).WaitAsync(Wait.Timeout);
        await stop.CancelAsync();

        Assert.That(page.Error?.Reason, Is.EqualTo("Timeout"));
        Assert.That(page.Error?.Message, Does.Contain("did not arrive within 0.3 s of its headers"));
    }
}
