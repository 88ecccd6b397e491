using System.Net;
using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxSdkExceptionTests
{
    [TestCase(null, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.GatewayTimeout, true)]
    [TestCase(HttpStatusCode.Unauthorized, true)]
    [TestCase(HttpStatusCode.Forbidden, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.Conflict, false)]
    public void IndicatesSdkFailure_Status_OnlyForUnhealthySdk(HttpStatusCode? status, bool expected) =>
        Assert.That(new PortworxSdkException("x", status).IndicatesSdkFailure, Is.EqualTo(expected));
}
