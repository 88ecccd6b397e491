using System.Text.Json.Nodes;
using Stork.Shared.Annotations;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>What the flags and the cluster switch off: <c>--webhook-controller false</c>, and a namespace
/// labelled to opt out in the API server while the webhook runs.</summary>
public sealed class ConfigurationTests
{
    [TestCase("false", TestName = "Mutate_WebhookControllerFalse_NeverMutates")]
    [TestCase("False", TestName = "Mutate_WebhookControllerFalseCapitalized_NeverMutates")]
    [TestCase("0", TestName = "Mutate_WebhookControllerZero_NeverMutates")]
    [TestCase("f", TestName = "Mutate_WebhookControllerF_NeverMutates")]
    public async Task Mutate_WebhookControllerDisabled_NeverMutates(string value)
    {
        await using var server = await WebhookServer.StartAsync("--webhook-controller", value);

        var answers = new[] { "pvc-owned-default-scheduler", "pvc-owned-no-scheduler-name", "portworx-volume", "inline-csi" }
            .Select(name => server.AdmitAsync(Reviews.Load(name)));
        var responses = (await Task.WhenAll(answers)).Select(answer => answer["response"]!).ToList();

        Assert.That(responses.Select(r => (string?)r["auditAnnotations"]!["outcome"]), Is.All.EqualTo("disabled"));
        Assert.That(responses.Select(r => r["patch"]), Is.All.Null);
        Assert.That(responses.Select(r => (bool?)r["allowed"]), Is.All.True);
    }

    /// <summary>The namespace gets the opt-out label in the API server; the webhook sees it through its watch
    /// (polled until it does, bounded) and leaves the namespace's pods alone from then on.</summary>
    [Test]
    public async Task Mutate_NamespaceLabelledOptOutInApiServer_NotMutated()
    {
        await using var server = await WebhookServer.StartAsync();
        var before = await server.AdmitAsync(Reviews.WithClaim("web"));
        var @namespace = server.Api.Get(GoldenCluster.Namespaces, null, "default")!;
        @namespace["metadata"]!["labels"]![AnnotationKeys.DisableAdmissionController] = "true";
        server.Api.Update(GoldenCluster.Namespaces, @namespace);

        var after = await AdmitUntilAsync(server, answer => Reviews.Outcome(answer) != "mutated");

        Assert.That(Reviews.Outcome(before), Is.EqualTo("mutated"));
        Assert.That(Reviews.Outcome(after), Is.EqualTo("opted-out"));
        Assert.That(after["response"]!["patch"], Is.Null);
    }

    private static async Task<JsonNode> AdmitUntilAsync(WebhookServer server, Func<JsonNode, bool> done)
    {
        using var deadline = new CancellationTokenSource(WebhookServer.Timeout);
        while (true)
        {
            var answer = await server.AdmitAsync(Reviews.WithClaim("web"));
            if (done(answer))
            {
                return answer;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }
}
