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
    public async Task Run_RunningSamplePodByName_PrintsWhereItRunsItsPlacementAndTheScoresNow()
    {
        using var output = new StringWriter();
        string[] args =
        [
            "explain", "--cluster-snapshot", Path.Combine(Repo.Root, "samples", "cluster.yaml"),
            "--pod-name", "default/mysql-5d8f7c9b6-x7k2q",
        ];

        var exit = await ExplainCommand.RunAsync(args, output, CancellationToken.None).WaitAsync(Timeout);

        var text = output.ToString();
        Assert.That(exit, Is.Zero);
        Assert.That(text, Does.StartWith("Pod default/mysql-5d8f7c9b6-x7k2q runs on node-6: remote\n"
            + "  PVC default/mysql-data: region (replicas on node-2 (Online), node-4 (Online))\n"
            + "Scores now:\n"));
        Assert.That(text, Does.Contain("node-2  pass      100  PVC default/mysql-data: replica on this node"));
    }

    [TestCase("default/nope", "no pod default/nope of scheduler 'stork'")]
    [TestCase("no-slash", "is not NAMESPACE/NAME")]
    public void Run_PodNameNotInTheCluster_SaysSo(string podName, string message)
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => ExplainCommand.RunAsync(
            ["explain", "--cluster-snapshot", Path.Combine(Repo.Root, "samples", "cluster.yaml"), "--pod-name", podName], TextWriter.Null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void Run_NoPod_ExplainsWhatIsMissing()
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() =>
            ExplainCommand.RunAsync(["explain", "--cluster-snapshot", Path.Combine(Repo.Root, "samples", "cluster.yaml")], TextWriter.Null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("--pod"));
    }
}
