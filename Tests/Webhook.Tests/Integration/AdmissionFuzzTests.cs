using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Tests.Fakes.Malformed;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The malformed corpus (<see cref="MalformedBodies"/>, cut from a valid AdmissionReview of a pod on a
/// Portworx claim) against one running webhook over TLS: never a 5xx and never a denial (an answered review
/// allows), and the next valid admission is still mutated.</summary>
public sealed class AdmissionFuzzTests
{
    private WebhookServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    public static IEnumerable<TestCaseData> Corpus() =>
        MalformedBodies.From(
                Reviews.WithClaim("web").AsObject(),
                [
                    ["apiVersion"], ["kind"], ["request"], ["request", "uid"], ["request", "kind"], ["request", "operation"],
                    ["request", "namespace"], ["request", "object"], ["request", "object", "metadata"],
                    ["request", "object", "metadata", "name"], ["request", "object", "metadata", "namespace"],
                    ["request", "object", "metadata", "annotations"], ["request", "object", "spec"],
                    ["request", "object", "spec", "volumes"], ["request", "object", "spec", "volumes", "0"],
                    ["request", "object", "spec", "volumes", "0", "persistentVolumeClaim"],
                    ["request", "object", "spec", "volumes", "0", "persistentVolumeClaim", "claimName"],
                ],
                ["\"request\"", "\"nginx\"", "\"default\"", "\"web\"", "\"metadata\"", "\"volumes\""])
            .Select(body => new TestCaseData(body).SetArgDisplayNames(body.Kind));

    [Test]
    public void Corpus_AtLeast150Bodies() => Assert.That(Corpus().Count(), Is.GreaterThanOrEqualTo(150));

    [TestCaseSource(nameof(Corpus))]
    public async Task Mutate_MalformedBody_No5xxNeverDeniedThenServesOn(MalformedBody body)
    {
        using var content = new ByteArrayContent(body.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var answer = await server.PostAsync(content);
        var text = await answer.Content.ReadAsStringAsync();

        Assert.That((int)answer.StatusCode, Is.LessThan(500), text);
        if (answer.StatusCode == HttpStatusCode.OK)
        {
            Assert.That(Allowed(text), Is.True, text);
        }
        else
        {
            Assert.That(text, Is.Not.Empty, "a refusal says why");
        }

        Assert.That(Reviews.Outcome(await server.AdmitAsync(Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    private static bool? Allowed(string answer)
    {
        try
        {
            return (bool?)JsonNode.Parse(answer)?["response"]?["allowed"];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
