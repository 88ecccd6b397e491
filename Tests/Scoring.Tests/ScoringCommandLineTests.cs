using System.Reflection;
using Microsoft.Extensions.Configuration;
using Stork.Scoring.Explain;
using Stork.Scoring.Placement;
using Stork.Shared.Hosting.Flags;
using Stork.Shared.Storage.Portworx;

namespace Stork.Scoring.Tests;

internal sealed class ScoringCommandLineTests
{
    private static string[] KeysOf(Type options) =>
        [.. options.GetProperties().Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name).OfType<string>()];

    [TestCase(typeof(ScoringOptions))]
    [TestCase(typeof(PortworxOptions))]
    public void Spec_HasAFlagForEveryOptionsKey(Type options) =>
        Assert.That(ScoringCommandLine.Spec.Flags.Select(flag => flag.Name), Is.SupersetOf(KeysOf(options)));

    [Test]
    public void Explain_TakesTheClusterDriverAndRuleFlags() =>
        Assert.That(ExplainCommand.Spec.Flags.Select(flag => flag.Name), Is.SupersetOf(
            KeysOf(typeof(PortworxOptions)).Concat(["pod", "kubeconfig", "context", "cluster-snapshot", "driver", "csi-driver", "score-scale", "rack-label", "webhook-controller", "skip-annotation", "opt-out-label", "scheduler-name"])));

    [Test]
    public void Spec_HasTheExplainCommand() =>
        Assert.That(ScoringCommandLine.Spec.CommandOf(["explain", "--pod", "p.yaml"]), Is.SameAs(ExplainCommand.Spec));

    [Test]
    public void Parse_ScoreScale_BindsTheEnum()
    {
        var arguments = FlagParser.RunArguments(ScoringCommandLine.Spec, ["--score-scale", "Normalized", "--portworx-call-timeout", "1s"]);
        var configuration = new ConfigurationBuilder().AddCommandLine(arguments).Build();

        Assert.That(configuration.GetValue<ScoreScale>("score-scale"), Is.EqualTo(ScoreScale.Normalized));
        Assert.That(configuration.GetValue<TimeSpan>("portworx-call-timeout"), Is.EqualTo(TimeSpan.FromSeconds(1)));
    }
}
