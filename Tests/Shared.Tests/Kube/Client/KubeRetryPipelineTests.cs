using System.Net;
using System.Net.Http.Headers;
using Stork.Shared.Kube.Client;

namespace Stork.Shared.Tests.Kube.Client;

internal sealed class KubeRetryPipelineTests
{
    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.Unauthorized, false)]
    [TestCase(HttpStatusCode.Conflict, false)]
    public void IsRetriable_Status_RetriesThrottlingAndServerErrors(HttpStatusCode code, bool expected)
    {
        using var response = new HttpResponseMessage(code);
        Assert.That(KubeRetryPipeline.IsRetriable(response), Is.EqualTo(expected));
    }

    [TestCase(3, 3)]
    [TestCase(120, 10)]
    public void RetryAfter_Seconds_CappedAtMaximum(int seconds, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        Assert.That(KubeRetryPipeline.RetryAfter(response, TimeSpan.FromSeconds(10)), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public void RetryAfter_Absent_LeavesDelayToBackoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        Assert.That(KubeRetryPipeline.RetryAfter(response, TimeSpan.FromSeconds(10)), Is.Null);
    }
}
