using System.Reflection;
using Microsoft.Extensions.Configuration;
using Stork.Shared.Hosting.Flags;
using Stork.Shared.Mutation;
using Stork.Webhook.Tls;

namespace Stork.Webhook.Tests;

internal sealed class WebhookCommandLineTests
{
    private static IEnumerable<string> Names => WebhookCommandLine.Spec.Flags.Select(flag => flag.Name);

    [TestCase(typeof(WebhookOptions))]
    [TestCase(typeof(TlsOptions))]
    [TestCase(typeof(MutationOptions))]
    public void Spec_HasAFlagForEveryOptionsKey(Type options)
    {
        var keys = options.GetProperties().Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name).OfType<string>();

        Assert.That(Names, Is.SupersetOf(keys));
    }

    [Test]
    public void Spec_KeepsTheDocumentedFlags() =>
        Assert.That(Names, Is.SupersetOf(new[] { "urls", "kubeconfig", "context", "driver", "csi-driver", "cluster-snapshot", "log-format" }));

    [Test]
    public void Spec_ShowsTheOptionsDefaults()
    {
        var defaults = WebhookCommandLine.Spec.Flags.ToDictionary(flag => flag.Name, flag => flag.Default);

        Assert.That(defaults["admission-deadline"], Is.EqualTo("2s"));
        Assert.That(defaults["webhook-controller"], Is.EqualTo("true"));
        Assert.That(defaults["scheduler-name"], Is.EqualTo("stork"));
        Assert.That(defaults["urls"], Is.EqualTo("https://0.0.0.0:8443"));
    }

    [Test]
    public void Parse_GoStyleLine_BindsLikeTheOptionsExpect()
    {
        var arguments = FlagParser.RunArguments(WebhookCommandLine.Spec,
            ["-webhook-controller", "false", "--admission-deadline", "1500ms", "--csi-driver", "a", "--csi-driver", "b"]);
        var configuration = new ConfigurationBuilder().AddCommandLine(arguments).Build();

        Assert.That(configuration.GetValue<bool>("webhook-controller"), Is.False);
        Assert.That(configuration.GetValue<TimeSpan>("admission-deadline"), Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        Assert.That(configuration.GetSection("csi-driver").GetChildren().Select(c => c.Value), Is.EqualTo(new[] { "a", "b" }));
    }
}
