using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The <see cref="GoldenCases"/> against the real webhook over TLS, its caches filled from the fake API
/// server seeded with the same cluster: the wiring gives the answers the in-memory edge gives.</summary>
public sealed class MutateGoldenOverTlsTests
{
    private WebhookServer server = null!;

    public static IEnumerable<TestCaseData> Cases() => GoldenCases.All("MutateOverTls");

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task MutateOverTls_Golden(string name, string version)
    {
        var request = GoldenCases.Load(name, "request.json", version);

        using var answer = await server.PostAsync(request.ToJsonString());

        await GoldenCases.AssertAnswerAsync(name, version, request, answer);
    }
}
