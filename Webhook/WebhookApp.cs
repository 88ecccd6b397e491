using Stork.Shared.Hosting;
using Stork.Shared.Hosting.Flags;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Snapshot;
using Stork.Shared.Telemetry;
using Stork.Webhook.Admission;
using Stork.Webhook.Telemetry;
using Stork.Webhook.Tls;

namespace Stork.Webhook;

/// <summary>Builds the Webhook service; Program.cs and the tests call the same method.</summary>
internal static class WebhookApp
{
    /// <param name="args">The command line (flags as in the README).</param>
    /// <exception cref="ArgumentException">The command line is not a valid run of the webhook.</exception>
    /// <param name="configureServices">Runs after the app's own registrations (tests replace services here).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(FlagParser.RunArguments(WebhookCommandLine.Spec, args));
        builder.Logging.AddStorkLogging(builder.Configuration).QuietStartupFailures();
        builder.AddWebhookTls();
        builder.Services.AddStorkTelemetry(builder.Configuration, "stork-webhook", WebhookMetrics.MeterName);
        builder.Services.AddStorkHealth();
        builder.Services.AddClusterSnapshot(builder.Configuration);
        builder.Services.AddKubeApi(builder.Configuration);
        builder.Services.AddKubeCache(KubeResources.Namespaces);
        builder.Services.AddKubeCache(KubeResources.PersistentVolumeClaims);
        builder.Services.AddKubeCache(KubeResources.PersistentVolumes);
        builder.Services.AddKubeCache(KubeResources.StorageClasses);
        builder.Services.AddWebhook(builder.Configuration);
        builder.Services.AddKubeApiTracing();
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapStorkHealth();
        app.MapPrometheusMetrics();
        app.MapAdmission();
        return app;
    }
}
