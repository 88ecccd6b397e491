using System.Net;
using System.Text;
using Stork.Webhook.Admission;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The request edge of one running webhook over TLS: bodies that are not an AdmissionReview get 400
/// and the server keeps serving; requests that are not a Pod CREATE are allowed without a patch; both review
/// versions are echoed.</summary>
public sealed class AdmissionEdgeTests
{
    /// <summary>Above the default <c>--max-request-body-bytes</c> (4 MiB).</summary>
    private const int OversizedPadding = (4 * 1024 * 1024) + 1;

    private WebhookServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [TestCase("", TestName = "Mutate_EmptyBodyOverTls_400ThenServing")]
    [TestCase("{\"apiVersion\":", TestName = "Mutate_TruncatedJsonOverTls_400ThenServing")]
    [TestCase("<html/>", TestName = "Mutate_NotJsonOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"}}""", TestName = "Mutate_PodInsteadOfReviewOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}""", TestName = "Mutate_ReviewWithoutRequestOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"\ud800"}}""", TestName = "Mutate_UidLoneSurrogateOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":7}}""", TestName = "Mutate_UidNumberOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":[]}""", TestName = "Mutate_RequestArrayOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":["admission.k8s.io/v1"],"kind":"AdmissionReview","request":{"uid":"u"}}""", TestName = "Mutate_ApiVersionArrayOverTls_400ThenServing")]
    [TestCase("""{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u"}} x""", TestName = "Mutate_TrailingGarbageOverTls_400ThenServing")]
    public async Task Mutate_Malformed_400ThenServing(string body)
    {
        using var answer = await server.PostAsync(body);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.Not.Empty);
        Assert.That(Reviews.Outcome(await server.AdmitAsync(Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    [TestCase(true, TestName = "Mutate_OversizedBodyWithLengthOverTls_400ThenServing")]
    [TestCase(false, TestName = "Mutate_OversizedBodyChunkedOverTls_400ThenServing")]
    public async Task Mutate_Oversized_400ThenServing(bool knownLength)
    {
        var review = Reviews.WithClaim("web");
        review["request"]!["object"]!["metadata"]!["annotations"]!["padding"] = new string('x', OversizedPadding);
        var body = Encoding.UTF8.GetBytes(review.ToJsonString());
        using var content = knownLength ? new ByteArrayContent(body) : WebhookHost.Streamed(body);

        using var answer = await server.PostAsync(content);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Reviews.Outcome(await server.AdmitAsync(Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    [TestCase("configmap-create", TestName = "Mutate_ConfigMapCreateOverTls_AllowedNoPatch")]
    [TestCase("update-pod", TestName = "Mutate_PodUpdateOverTls_AllowedNoPatch")]
    [TestCase("delete-pod", TestName = "Mutate_PodDeleteOverTls_AllowedNoPatch")]
    [TestCase("pod-eviction", TestName = "Mutate_PodEvictionSubresourceOverTls_AllowedNoPatch")]
    public async Task Mutate_NotPodCreate_AllowedNoPatch(string caseName)
    {
        var response = (await server.AdmitAsync(Reviews.Load(caseName)))["response"]!;

        Assert.That((bool?)response["allowed"], Is.True);
        Assert.That(response["patch"], Is.Null);
        Assert.That(response["patchType"], Is.Null);
        Assert.That((string?)response["auditAnnotations"]!["outcome"], Is.EqualTo("not-pod-create"));
        Assert.That((string?)response["status"]!["message"], Is.Not.Empty);
    }

    [TestCase(AdmissionReview.V1, TestName = "Mutate_ReviewV1OverTls_ApiVersionKindUidEchoed")]
    [TestCase(AdmissionReview.V1Beta1, TestName = "Mutate_ReviewV1Beta1OverTls_ApiVersionKindUidEchoed")]
    public async Task Mutate_ReviewVersion_Echoed(string version)
    {
        var review = Reviews.WithClaim("web");
        var uid = Guid.NewGuid().ToString();
        review["apiVersion"] = version;
        review["request"]!["uid"] = uid;

        var answer = await server.AdmitAsync(review);

        Assert.That((string?)answer["apiVersion"], Is.EqualTo(version));
        Assert.That((string?)answer["kind"], Is.EqualTo("AdmissionReview"));
        Assert.That((string?)answer["response"]!["uid"], Is.EqualTo(uid));
        Assert.That(Reviews.Outcome(answer), Is.EqualTo("mutated"));
    }
}
