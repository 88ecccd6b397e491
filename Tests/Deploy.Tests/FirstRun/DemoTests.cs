extern alias demo;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stork.Deploy.Tests.Support;
using DemoInstructions = demo::Stork.Demo.DemoInstructions;
using DemoOptions = demo::Stork.Demo.DemoOptions;
using DemoServices = demo::Stork.Demo.DemoServices;

namespace Stork.Deploy.Tests.FirstRun;

/// <summary>The README's run command: both services on localhost against the sample cluster, and the
/// curl commands it prints, run as printed.</summary>
internal sealed class DemoTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task PrintedCurlCommands_SampleCluster_ReturnPatchScoresAndExplanation()
    {
        using var work = new TempDirectory();
        var options = new DemoOptions(Path.Combine(Repo.Root, "samples"), work.Path, WebhookPort: 0, ScoringPort: 0);
        await using var services = await DemoServices.StartAsync(options, CancellationToken.None).WaitAsync(Timeout);
        await WaitReadyAsync(services);

        var curls = DemoInstructions.Render(options, services).Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("curl ", StringComparison.Ordinal)).ToArray();
        var answers = new List<string>();
        foreach (var curl in curls)
        {
            var result = await ProcessRunner.RunAsync("bash", ["-c", curl], "bash and curl are needed to run the demo's commands");
            Assert.That(result.ExitCode, Is.Zero, $"{curl}\n{result.Stderr}");
            answers.Add(result.Stdout);
        }

        Assert.That(curls, Has.Length.EqualTo(4));
        var patch = (string)JsonNode.Parse(answers[0])!["response"]!["patch"]!;
        Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(patch)), Is.EqualTo("""[{"op":"add","path":"/spec/schedulerName","value":"stork"}]"""));
        var scores = JsonNode.Parse(answers[1])!.AsArray().ToDictionary(n => (string)n!["Host"]!, n => (int)n!["Score"]!);
        Assert.That(scores, Is.EqualTo(new Dictionary<string, int> { ["node-1"] = 50, ["node-2"] = 100, ["node-3"] = 25, ["node-4"] = 100, ["node-5"] = 25, ["node-6"] = 0 }));
        Assert.That(JsonNode.Parse(answers[2])!["FailedNodes"]!.AsObject().Select(kv => kv.Key), Is.EqualTo(new[] { "node-6" }));
        Assert.That(answers[3], Does.Contain("node-2  pass      100"));
    }

    private static async Task WaitReadyAsync(DemoServices services)
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var client = new HttpClient(handler);
        using var deadline = new CancellationTokenSource(Timeout);
        foreach (var url in new[] { services.WebhookUrl, services.ScoringUrl })
        {
            while ((await client.GetAsync(new Uri(url, "/readyz"), deadline.Token)).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(20, deadline.Token);
            }
        }
    }
}
