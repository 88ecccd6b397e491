using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests;

public sealed class WebhookOptionsTests
{
    [Test]
    public void Validate_Defaults_Succeed() =>
        Assert.That(new WebhookOptionsValidator().Validate(null, new WebhookOptions()).Succeeded, Is.True);

    [TestCase("", "stork", "00:00:02", 4096, TestName = "Validate_EmptySkipAnnotation_Fails")]
    [TestCase("k", "", "00:00:02", 4096, TestName = "Validate_EmptySchedulerName_Fails")]
    [TestCase("k", "stork", "00:00:00", 4096, TestName = "Validate_ZeroDeadline_Fails")]
    [TestCase("k", "stork", "00:00:30", 4096, TestName = "Validate_DeadlineOverApiServerMaximum_Fails")]
    [TestCase("k", "stork", "00:00:02", 100, TestName = "Validate_TinyBodyLimit_Fails")]
    public void Validate_Invalid_Fails(string skipAnnotation, string schedulerName, string deadline, int maxBody)
    {
        var options = new WebhookOptions
        {
            SkipAnnotation = skipAnnotation,
            SchedulerName = schedulerName,
            AdmissionDeadline = TimeSpan.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            MaxRequestBodyBytes = maxBody,
        };

        Assert.That(new WebhookOptionsValidator().Validate(null, options).Failed, Is.True);
    }

    [Test]
    public void Bind_Flags_ReadByTheirNames()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(
            ["--webhook-controller", "false", "--skip-annotation", "a/b", "--opt-out-label", "c/d", "--scheduler-name", "s", "--admission-deadline", "00:00:01.500"]).Build();
        using var provider = new ServiceCollection().AddWebhook(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WebhookOptions>>().Value;

        Assert.That(
            (options.WebhookController, options.SkipAnnotation, options.OptOutLabel, options.SchedulerName, options.AdmissionDeadline),
            Is.EqualTo((false, "a/b", "c/d", "s", TimeSpan.FromMilliseconds(1500))));
    }

    [Test]
    public async Task Start_InvalidFlag_RefusesToStart()
    {
        var builder = Host.CreateApplicationBuilder(["--scheduler-name", ""]);
        builder.Services.AddWebhook(builder.Configuration);
        using var host = builder.Build();

        await Assert.ThatAsync(() => host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10)), Throws.TypeOf<OptionsValidationException>());
    }
}
