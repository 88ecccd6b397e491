using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Admission;

/// <summary>The <see cref="GoldenCases"/> against the admission edge in memory.</summary>
public sealed class MutateGoldenTests
{
    private WebhookHost host = null!;

    public static IEnumerable<TestCaseData> Cases() => GoldenCases.All("Mutate");

    [OneTimeSetUp]
    public async Task StartAsync() => host = await WebhookHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task Mutate_Golden(string name, string version)
    {
        var request = GoldenCases.Load(name, "request.json", version);

        using var answer = await host.PostAsync(request.ToJsonString());

        await GoldenCases.AssertAnswerAsync(name, version, request, answer);
    }
}
