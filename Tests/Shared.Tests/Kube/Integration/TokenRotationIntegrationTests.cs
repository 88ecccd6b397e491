using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Connection;
using Stork.Shared.Kube.Models;
using Stork.Shared.Tests.Kube.Connection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>A rotated token file reaches the API server through the client once the re-read interval passed; one
/// that cannot be read is an error value, not an exception.</summary>
internal sealed class TokenRotationIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task ListAsync_TokenFileRotated_PickedUpAfterTheReReadInterval()
    {
        using var directory = new TempDirectory();
        var tokenFile = directory.Write("token", "first");
        Fake.ValidTokens = ["first"];
        var clock = new ManualTimeProvider();
        var api = FakeKubeClient.Create(FakeKubeClient.Endpoint(Fake, new RotatingTokenFile(tokenFile, clock)), clock);
        var before = await ListAsync(api);

        directory.Write("token", "second");
        Fake.ValidTokens = ["second"];
        var stale = await ListAsync(api);
        clock.Advance(RotatingTokenFile.RefreshInterval);
        var rotated = await ListAsync(api);

        Assert.That(before.Error, Is.Null);
        Assert.That(stale.Error?.IsUnauthorized, Is.True, "the token is re-read only once a minute");
        Assert.That(rotated.Error, Is.Null);
    }

    [Test]
    public async Task ListAsync_TokenFileGone_CredentialsErrorValue()
    {
        var api = FakeKubeClient.Create(FakeKubeClient.Endpoint(Fake, new RotatingTokenFile("/nonexistent/token", TimeProvider.System)), TimeProvider.System);

        var result = await ListAsync(api);

        Assert.That(result.Error?.Reason, Is.EqualTo("Credentials"));
        Assert.That(Fake.Requests(KubeTestObjects.Namespaces, FakeKubeVerb.List), Is.Zero, "nothing is sent without credentials");
    }

    private static Task<KubeResult<KubeList<Namespace>>> ListAsync(IKubeApi api) =>
        api.ListAsync(KubeResources.Namespaces, 10, null, CancellationToken.None).WaitAsync(Timeout);
}
