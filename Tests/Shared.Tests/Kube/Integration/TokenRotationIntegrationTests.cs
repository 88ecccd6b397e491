using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Connection;
using Stork.Shared.Kube.Models;
using Stork.Shared.Tests.Kube.Connection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>A rotated token file reaches the API server through the client once the re-read interval passed.</summary>
internal sealed class TokenRotationIntegrationTests : FakeKubeFixture
{
    [Test]
    public async Task ListAsync_TokenFileRotated_PickedUpAfterTheReReadInterval()
    {
        using var directory = new TempDirectory();
        var tokenFile = directory.Write("token", "first");
        Fake.ValidTokens = ["first"];
        var clock = new ManualTimeProvider();
        var api = FakeKubeClient.Create(FakeKubeClient.Endpoint(Fake, token: null, tokenFile), clock);
        var before = await ListAsync(api);

        directory.Write("token", "second");
        Fake.ValidTokens = ["second"];
        var stale = await ListAsync(api);
        clock.Advance(FileTokenSource.RefreshInterval);
        var rotated = await ListAsync(api);

        Assert.That(before.Error, Is.Null);
        Assert.That(stale.Error?.IsUnauthorized, Is.True, "the token is re-read only once a minute");
        Assert.That(rotated.Error, Is.Null);
    }

    private static Task<KubeResult<KubeList<Namespace>>> ListAsync(IKubeApi api) =>
        api.ListAsync(KubeResources.Namespaces, 10, null, CancellationToken.None).WaitAsync(Timeout);
}
