using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Admission;

/// <summary>The HTTP edge in memory: cache misses read through the API once, a slow or failing API admits
/// unchanged within the deadline, bad bodies get 400 and the server keeps answering.</summary>
public sealed class MutateEndpointTests
{
    private static readonly TimeSpan Timeout = WebhookHost.Timeout;

    /// <summary>An unreadable Pod is one warning line without an exception, not an error with a stack trace.</summary>
    [TestCase("metadata", TestName = "Mutate_PodMetadataNull_OneWarningNoException")]
    [TestCase("spec", TestName = "Mutate_PodSpecNull_OneWarningNoException")]
    public async Task Mutate_PodMemberNull_OneWarningNoException(string member)
    {
        using var logs = new LogRecorder();
        await using var host = await WebhookHost.StartAsync(logs);
        var review = Reviews.WithClaim("web");
        review["request"]!["object"]![member] = null;

        var answer = await AnswerAsync(host, review);

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("error"));
        var admissionLogs = logs.Entries.Where(e => e.Category.StartsWith("Stork.", StringComparison.Ordinal)).ToList();
        Assert.That(admissionLogs.Where(e => e.Level >= LogLevel.Warning).Select(e => (e.Level, e.Exception)), Is.EqualTo(new[] { (LogLevel.Warning, default(Exception)) }));
        Assert.That(logs.Entries.Where(e => e.Exception is not null), Is.Empty);
    }

    [Test]
    public async Task Mutate_PvcCreatedJustBeforePod_FoundByOneApiRead()
    {
        await using var host = await WebhookHost.StartAsync();
        host.Api.GetClaim = (ns, name, _) => Task.FromResult(KubeResult<PersistentVolumeClaim>.Ok(TestCluster.Claim(ns!, name, "px-db")));

        var answer = await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("mutated"));
        Assert.That(answer["response"]!["patch"], Is.Not.Null);
        Assert.That(host.Api.GetCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task Mutate_PvcNeitherInCacheNorApi_NotDriverAfterOneRead()
    {
        await using var host = await WebhookHost.StartAsync();

        var answer = await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("not-driver"));
        Assert.That(host.Api.GetCalls, Is.EqualTo(1));
    }

    [TestCase(false, TestName = "Mutate_ApiReadHangsIgnoringCancellation_AdmittedUnchanged")]
    [TestCase(true, TestName = "Mutate_ApiReadHangsUntilCancelled_AdmittedUnchanged")]
    public async Task Mutate_ApiReadHangs_AdmittedUnchangedAtTheDeadline(bool honoursCancellation)
    {
        await using var host = await WebhookHost.StartAsync("--admission-deadline", "00:00:00.200");
        var never = new TaskCompletionSource<KubeResult<PersistentVolumeClaim>>();
        host.Api.GetClaim = async (_, _, cancellationToken) =>
        {
            await (honoursCancellation ? Task.Delay(System.Threading.Timeout.Infinite, cancellationToken) : never.Task);
            return KubeResult<PersistentVolumeClaim>.Fail(FakeKubeApi.NotFound);
        };

        var answer = await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("error"));
        Assert.That((bool?)answer["response"]!["allowed"], Is.True);
        Assert.That(answer["response"]!["patch"], Is.Null);
    }

    [Test]
    public async Task Mutate_ApiAnswersError_AdmittedUnchanged()
    {
        await using var host = await WebhookHost.StartAsync();
        host.Api.GetClaim = (_, _, _) => Task.FromResult(KubeResult<PersistentVolumeClaim>.Fail(new KubeApiError(500, "InternalError", "etcd timeout")));

        var answer = await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("error"));
        Assert.That(answer["response"]!["patch"], Is.Null);
    }

    [Test]
    public async Task Mutate_ApiThrows_AdmittedUnchangedNot500()
    {
        await using var host = await WebhookHost.StartAsync();
        host.Api.GetClaim = (_, _, _) => throw new HttpRequestException("connection refused");

        var answer = await AnswerAsync(host, Reviews.WithClaim("data-db-0"));

        Assert.That(Reviews.Outcome(answer), Is.EqualTo("error"));
    }

    [TestCase("""["web","data-db-0"]""", null, "mutated", TestName = "Mutate_OwnedPvcInCacheBesidesMissingOne_NoApiRead")]
    [TestCase("""["data-db-0"]""", "volcano", "custom-scheduler", TestName = "Mutate_CustomSchedulerWithMissingPvc_NoApiRead")]
    public async Task Mutate_CacheDecides_NoApiRead(string claimsJson, string? schedulerName, string expected)
    {
        await using var host = await WebhookHost.StartAsync();
        var review = Reviews.WithClaim("web");
        var volumes = review["request"]!["object"]!["spec"]!["volumes"]!.AsArray();
        volumes.Clear();
        foreach (var claim in JsonNode.Parse(claimsJson)!.AsArray())
        {
            volumes.Add(new JsonObject { ["name"] = $"v-{claim}", ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = (string)claim! } });
        }

        if (schedulerName is not null)
        {
            review["request"]!["object"]!["spec"]!["schedulerName"] = schedulerName;
        }

        Assert.That(Reviews.Outcome(await AnswerAsync(host, review)), Is.EqualTo(expected));
        Assert.That(host.Api.GetCalls, Is.Zero);
    }

    [Test]
    public async Task Mutate_PodObjectUnreadable_AdmittedWithError()
    {
        await using var host = await WebhookHost.StartAsync();
        var review = Reviews.WithClaim("web");
        review["request"]!["object"]!["spec"]!["volumes"] = "not a list";

        Assert.That(Reviews.Outcome(await AnswerAsync(host, review)), Is.EqualTo("error"));
    }

    [TestCase("", TestName = "Mutate_EmptyBody_400")]
    [TestCase("{", TestName = "Mutate_TruncatedJson_400")]
    [TestCase("null", TestName = "Mutate_JsonNull_400")]
    [TestCase("[]", TestName = "Mutate_JsonArray_400")]
    [TestCase("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"}}""", TestName = "Mutate_PodInsteadOfReview_400")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}""", TestName = "Mutate_ReviewWithoutRequest_400")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v2","kind":"AdmissionReview","request":{"uid":"u"}}""", TestName = "Mutate_UnknownReviewVersion_400")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"operation":"CREATE"}}""", TestName = "Mutate_RequestWithoutUid_400")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":"CREATE"}""", TestName = "Mutate_RequestNotAnObject_400")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u"}} {}""", TestName = "Mutate_TrailingJson_400")]
    public async Task Mutate_NotAnAdmissionReview_400ThenServing(string body)
    {
        await using var host = await WebhookHost.StartAsync();

        using var answer = await host.PostAsync(body);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.Not.Empty);
        Assert.That(Reviews.Outcome(await AnswerAsync(host, Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    [TestCase(true, TestName = "Mutate_OversizedBodyWithLength_400ThenServing")]
    [TestCase(false, TestName = "Mutate_OversizedBodyChunked_400ThenServing")]
    public async Task Mutate_OversizedBody_400ThenServing(bool knownLength)
    {
        await using var host = await WebhookHost.StartAsync("--max-request-body-bytes", "16384");
        var review = Reviews.WithClaim("web");
        review["request"]!["object"]!["metadata"]!["annotations"]!["padding"] = new string('x', 20_000);
        var body = Encoding.UTF8.GetBytes(review.ToJsonString());

        using var answer = await host.PostAsync(knownLength ? new ByteArrayContent(body) : WebhookHost.Streamed(body));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Reviews.Outcome(await AnswerAsync(host, Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    [Test]
    public async Task Mutate_BodyUnderTheLimit_Answered()
    {
        await using var host = await WebhookHost.StartAsync("--max-request-body-bytes", "16384");
        var review = Reviews.WithClaim("web");

        Assert.That(Reviews.Outcome(await AnswerAsync(host, review)), Is.EqualTo("mutated"));
    }

    internal static async Task<JsonNode> AnswerAsync(WebhookHost host, JsonNode review)
    {
        using var answer = await host.PostAsync(review.ToJsonString());
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        var node = JsonNode.Parse(await answer.Content.ReadAsStringAsync().WaitAsync(Timeout))!;
        Assert.That((string?)node["response"]!["uid"], Is.EqualTo((string?)review["request"]!["uid"]));
        return node;
    }
}
