extern alias scoring;

using Stork.Deploy.Tests.Support;
using ExplainCommand = scoring::Stork.Scoring.Explain.ExplainCommand;

namespace Stork.Deploy.Tests.FirstRun;

internal sealed class ExplainCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Run_SampleMySqlPod_PrintsWebhookDecisionAndNodeTable()
    {
        using var output = new StringWriter();
        string[] args =
        [
            "explain", "--cluster-snapshot", Path.Combine(Repo.Root, "samples", "cluster.yaml"),
            "--pod", Path.Combine(Repo.Root, "samples", "mysql-pod.yaml"),
        ];

        var exit = await ExplainCommand.RunAsync(args, output, CancellationToken.None).WaitAsync(Timeout);

        var text = output.ToString();
        Assert.That(exit, Is.Zero);
        Assert.That(text, Does.StartWith("Webhook: mutated: "));
        Assert.That(text, Does.Contain("node-2  pass      100  PVC default/mysql-data: replica on this node"));
        Assert.That(text, Does.Contain("node-1  pass       50  PVC default/mysql-data: same rack as a replica"));
        Assert.That(text, Does.Contain("node-6  fail        0"));
    }

    [Test]
    public void Run_NoPod_ExplainsWhatIsMissing()
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() =>
            ExplainCommand.RunAsync(["explain", "--cluster-snapshot", Path.Combine(Repo.Root, "samples", "cluster.yaml")], TextWriter.Null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("--pod"));
    }
}
