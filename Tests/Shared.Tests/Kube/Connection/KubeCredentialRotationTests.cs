using System.Globalization;
using Stork.Shared.Kube.Connection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Time;
using static Stork.Shared.Tests.Kube.Connection.KubeProbe;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>Credentials that change while the client runs: token files (kubeconfig and service account) and
/// exec plugins whose tokens expire.</summary>
[TestFixture]
internal sealed class KubeCredentialRotationTests : FakeKubeConnectionFixture
{
    protected override IReadOnlyCollection<string> InitialTokens => ["first"];

    [Test]
    public async Task Connect_KubeconfigTokenFileRotated_PickedUpAfterTheReReadInterval()
    {
        Files.Write("token", "first\n");
        var path = Files.Write("kubeconfig", KubeconfigYaml.Single(
            Fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(Fake.CaPem)}"], ["tokenFile: token"]));
        var clock = new ManualTimeProvider();

        await AssertRotationAsync(Resolve(path, clock: clock), clock, () => Files.Write("token", "second\n"));
    }

    [Test]
    public async Task Connect_ServiceAccountTokenRotated_PickedUpAfterTheReReadInterval()
    {
        var clock = new ManualTimeProvider();
        var endpoint = KubeEndpointResolver.Resolve(new KubeConnectionOptions(), InCluster("first"), clock);

        await AssertRotationAsync(endpoint, clock, () => Files.Write("serviceaccount/token", "second"));
    }

    [TestCase(10, 200, 3)]
    [TestCase(3600, 401, 2)]
    public async Task Connect_ExecPlugin_RunAgainOnceItsTokenExpires(int validForSeconds, int expectedAfterRotation, int expectedRuns)
    {
        var plugin = new ExecPlugin(Files);
        plugin.Issue("first", DateTimeOffset.UtcNow.AddSeconds(validForSeconds));
        var path = Files.Write("kubeconfig", KubeconfigYaml.Single(
            Fake.Url.ToString(), [$"certificate-authority-data: {KubeconfigYaml.Base64(Fake.CaPem)}"], plugin.UserFields()));
        using var client = KubeHttpClientFactory.Create(Resolve(path));
        var before = await StatusAsync(client);

        plugin.Issue("second", DateTimeOffset.UtcNow.AddHours(1));
        Fake.ValidTokens = ["second"];
        var after = await StatusAsync(client);

        Assert.That((before, after), Is.EqualTo((200, expectedAfterRotation)));
        Assert.That(plugin.Runs, Is.EqualTo(expectedRuns), "once to build the configuration, once for the first request, again only when expired");
    }

    /// <summary>200 with "first"; after <paramref name="rotate"/> and the server's switch to "second", 401 until the
    /// re-read interval has passed, then 200.</summary>
    private async Task AssertRotationAsync(KubeEndpoint endpoint, ManualTimeProvider clock, Action rotate)
    {
        using var client = KubeHttpClientFactory.Create(endpoint);
        var first = await StatusAsync(client);

        rotate();
        Fake.ValidTokens = ["second"];
        var beforeReRead = await StatusAsync(client);
        clock.Advance(RotatingTokenFile.RefreshInterval);
        var afterReRead = await StatusAsync(client);

        Assert.That((first, beforeReRead, afterReRead), Is.EqualTo((200, 401, 200)));
    }

    private KubeEnvironment InCluster(string token)
    {
        Files.Write("serviceaccount/token", token);
        Files.Write("serviceaccount/ca.crt", Fake.CaPem);
        return new KubeEnvironment(
            null, "127.0.0.1", Fake.Url.Port.ToString(CultureInfo.InvariantCulture), Path.Combine(Files.Path, "serviceaccount"), null);
    }
}
