using System.Net;
using Stork.Tests.Fakes.Kube;

namespace Stork.Webhook.Tests.Integration;

/// <summary><c>/readyz</c> follows the caches: 503 until each has listed once, then 200; <c>/healthz</c> answers throughout.</summary>
public sealed class ReadinessTests
{
    private static readonly TimeSpan Timeout = WebhookServer.Timeout;

    /// <summary>The fake refuses every token until the first PVC list has been refused, so no cache can have synced
    /// while <c>/readyz</c> is asked; then it accepts the token again and the caches' next lists succeed.</summary>
    [Test]
    public async Task Readyz_CachesNotSyncedYet_503ThenReady()
    {
        await using var server = await WebhookServer.CreateAsync();
        server.Api.ValidTokens = [];
        await server.StartAppAsync();
        await server.Api.WaitForRequestsAsync(GoldenCluster.Claims, FakeKubeVerb.List, 1, Timeout);

        using var notReady = await server.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var waitingFor = await notReady.Content.ReadAsStringAsync();
        using var alive = await server.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        server.Api.ValidTokens = [FakeKubeApiServer.DefaultToken];
        await server.WaitReadyAsync();

        Assert.That(notReady.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(waitingFor, Does.Contain("persistentvolumeclaims"));
        Assert.That(alive.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
