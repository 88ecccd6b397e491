using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Stork.Shared.Mutation;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests;

public sealed class WebhookOptionsTests
{
    [Test]
    public void Validate_Defaults_Succeed()
    {
        Assert.That(new WebhookOptionsValidator().Validate(null, new WebhookOptions()).Succeeded, Is.True);
        Assert.That(new MutationOptionsValidator().Validate(null, new MutationOptions()).Succeeded, Is.True);
    }

    [TestCase("", "stork", "00:00:02", TestName = "Validate_EmptySkipAnnotation_Fails")]
    [TestCase("k", "", "00:00:02", TestName = "Validate_EmptySchedulerName_Fails")]
    [TestCase("k", "stork", "00:00:00", TestName = "Validate_ZeroDeadline_Fails")]
    [TestCase("k", "stork", "00:00:30", TestName = "Validate_DeadlineOverApiServerMaximum_Fails")]
    public void Validate_InvalidDecisionFlag_Fails(string skipAnnotation, string schedulerName, string deadline)
    {
        var options = new MutationOptions
        {
            SkipAnnotation = skipAnnotation,
            SchedulerName = schedulerName,
            AdmissionDeadline = TimeSpan.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.That(new MutationOptionsValidator().Validate(null, options).Failed, Is.True);
    }

    [Test]
    public void Validate_TinyBodyLimit_Fails() =>
        Assert.That(new WebhookOptionsValidator().Validate(null, new WebhookOptions { MaxRequestBodyBytes = 100 }).Failed, Is.True);

    [Test]
    public void Bind_Flags_ReadByTheirNames()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(
            ["--webhook-controller", "false", "--skip-annotation", "a/b", "--opt-out-label", "c/d", "--scheduler-name", "s", "--admission-deadline", "00:00:01.500",
             "--max-request-body-bytes", "2048"]).Build();
        using var provider = new ServiceCollection().AddWebhook(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<MutationOptions>>().Value;

        Assert.That(
            (options.WebhookController, options.SkipAnnotation, options.OptOutLabel, options.SchedulerName, options.AdmissionDeadline),
            Is.EqualTo((false, "a/b", "c/d", "s", TimeSpan.FromMilliseconds(1500))));
        Assert.That(provider.GetRequiredService<IOptions<WebhookOptions>>().Value.MaxRequestBodyBytes, Is.EqualTo(2048));
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
