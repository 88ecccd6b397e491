extern alias scoring;
extern alias webhook;

using System.Text.RegularExpressions;
using Stork.Deploy.Tests.Support;
using Stork.Shared.Hosting.Flags;
using YamlDotNet.RepresentationModel;
using ScoringCommandLine = scoring::Stork.Scoring.ScoringCommandLine;
using WebhookCommandLine = webhook::Stork.Webhook.WebhookCommandLine;

namespace Stork.Deploy.Tests.CommandLine;

/// <summary>Every installation starts the services with a command line they accept: the containers' args,
/// with <c>$(VAR)</c> expanded from their env as the kubelet does, read by the services' own parser.</summary>
internal sealed partial class ManifestArgsTests
{
    [TestCase(".")]
    [TestCase("overlays/cert-manager")]
    [TestCase("overlays/monitoring")]
    [TestCase("overlays/webhook-disabled")]
    public async Task ContainerArgs_AreAValidRun(string manifests)
    {
        var rendering = await Kustomize.BuildManifestsAsync(manifests);
        var checkedContainers = 0;
        foreach (var (deployment, container, spec) in new[]
        {
            (Names.Webhook, Names.WebhookContainer, WebhookCommandLine.Spec),
            (Names.Scheduler, Names.ScoringContainer, ScoringCommandLine.Spec),
        })
        {
            if (!rendering.All("Deployment").Any(d => d.Str("metadata.name") == deployment))
            {
                continue;
            }

            var node = Pods.Container(rendering, deployment, container);
            var args = node.Strings("args").Select(arg => Expand(arg, node, rendering)).ToArray();
            Assert.That(FlagParser.Parse(spec, args), Is.InstanceOf<CommandLineOutcome.Run>(), $"{deployment}: {string.Join(' ', args)}");
            checkedContainers++;
        }

        Assert.That(checkedContainers, Is.GreaterThan(0));
    }

    private static string Expand(string arg, YamlNode container, Rendering rendering) =>
        EnvReference().Replace(arg, match => EnvValue(container, match.Groups[1].Value, rendering));

    private static string EnvValue(YamlNode container, string name, Rendering rendering)
    {
        var env = container.Items("env").Single(e => e.Str("name") == name);
        if (env.StrOrNull("value") is { } value)
        {
            return value;
        }

        var source = env.At("valueFrom.configMapKeyRef");
        return rendering.One("ConfigMap", source.Str("name")).Str("data." + source.Str("key"));
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex EnvReference();
}
