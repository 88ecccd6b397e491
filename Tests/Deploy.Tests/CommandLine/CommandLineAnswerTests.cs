using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.CommandLine;

/// <summary>The answers the README's "Command line" section documents, from the real processes: usage
/// and version on stdout with exit 0, every mistake one line on stderr with exit 2.</summary>
internal sealed class CommandLineAnswerTests
{
    [TestCase("--help")]
    [TestCase("-h")]
    public async Task Help_Webhook_ListsEveryFlagWithItsDefault(string help)
    {
        var result = await Apps.WebhookAsync(help);

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("Usage:").And.Contain("stork-webhook [options]"));
        Assert.That(result.Stdout, Does.Contain("--admission-deadline <DURATION>").And.Contain("[default: 2s]"));
        Assert.That(result.Stdout, Does.Contain("--webhook-controller <true|false>").And.Contain("--tls-cert-file <PATH>"));
    }

    [Test]
    public async Task Help_Scoring_ListsFlagsAndTheExplainCommand()
    {
        var result = await Apps.ScoringAsync("--help");

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("--portworx-endpoint <VALUE>").And.Contain("--score-scale <stork|normalized>"));
        Assert.That(result.Stdout, Does.Contain("explain"));
    }

    [Test]
    public async Task Help_Explain_ListsItsFlags()
    {
        var result = await Apps.ScoringAsync("explain", "-h");

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Does.Contain("stork-scoring explain [options]").And.Contain("--pod <PATH>"));
    }

    [Test]
    public async Task Version_PrintsTheProductVersion()
    {
        var webhook = await Apps.WebhookAsync("--version");
        var scoring = await Apps.ScoringAsync("--version");

        Assert.That((webhook.ExitCode, scoring.ExitCode), Is.EqualTo((0, 0)));
        Assert.That(webhook.Stdout, Does.StartWith("stork-webhook 0.1.0"));
        Assert.That(scoring.Stdout, Does.StartWith("stork-scoring 0.1.0"));
    }

    [Test]
    public async Task UnknownFlag_IsNamedWithTheClosestFlag() =>
        AssertOneLineError(await Apps.WebhookAsync("--drvier", "csi"),
            "stork-webhook: unknown flag --drvier (did you mean --driver?); see --help");

    [Test]
    public async Task StrayArgument_IsNamed() =>
        AssertOneLineError(await Apps.ScoringAsync("--driver", "pxd", "extra"),
            "stork-scoring: unexpected argument 'extra'; see --help");

    [Test]
    public async Task WebhookControllerNo_IsNotABoolean() =>
        AssertOneLineError(await Apps.WebhookAsync("--webhook-controller", "no"),
            "stork-webhook: --webhook-controller: 'no' is not a boolean (true, false, 1, 0, t, f, T, F, TRUE, FALSE, True, False)");

    [Test]
    public async Task BadEnum_ListsTheValidValues() =>
        AssertOneLineError(await Apps.ScoringAsync("--score-scale", "linear"),
            "stork-scoring: --score-scale: 'linear' is not one of stork, normalized");

    [Test]
    public async Task GoDuration_IsAccepted_SoStartUpGoesOnToTheMissingCertificate()
    {
        var accepted = await Apps.WebhookAsync("--admission-deadline", "2s", "--cluster-snapshot", "samples/cluster.yaml");
        var refused = await Apps.WebhookAsync("--admission-deadline", "2 s");

        AssertOneLineError(accepted, "stork-webhook: CertFile: --tls-cert-file is required: the webhook serves HTTPS only; KeyFile: --tls-key-file is required: the webhook serves HTTPS only");
        AssertOneLineError(refused, "stork-webhook: --admission-deadline: '2 s' is not a duration (e.g. 2s, 500ms, 1m30s or 00:00:02)");
    }

    [Test]
    public async Task StartUpFailure_IsOneLineWithoutAStackTrace() =>
        AssertOneLineError(await Apps.ScoringAsync("--cluster-snapshot", "samples/none.yaml"),
            $"stork-scoring: --cluster-snapshot: file 'samples/none.yaml' does not exist (looked for {Path.Combine(Repo.Root, "samples", "none.yaml")})");

    [Test]
    public async Task Explain_PodFileNotYaml_IsOneLine()
    {
        var result = await Apps.ScoringAsync("explain", "--cluster-snapshot", "samples/cluster.yaml", "--pod", "README.md");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.StartWith("stork-scoring explain: --pod: 'README.md' is not a pod in YAML or JSON: "));
        Assert.That(result.Stderr.TrimEnd('\n'), Does.Not.Contain('\n'));
    }

    [Test]
    public async Task StartUpFailure_AtDebugLevel_LogsTheDetails()
    {
        var result = await Apps.WebhookAsync("--cluster-snapshot", "samples/cluster.yaml", "--Logging:LogLevel:Default=Debug");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stdout, Does.Contain("Start-up failed").And.Contain("at Microsoft.Extensions.Options"));
    }

    private static void AssertOneLineError(ProcessResult result, string line)
    {
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr.TrimEnd('\n'), Is.EqualTo(line));
        Assert.That(result.Stdout, Does.Not.Contain("   at "));
    }
}
