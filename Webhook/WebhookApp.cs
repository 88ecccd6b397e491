using Stork.Webhook.Admission;
using Stork.Webhook.Tls;

namespace Stork.Webhook;

/// <summary>Builds the Webhook service; Program.cs and the tests call the same method.</summary>
internal static class WebhookApp
{
    /// <param name="args">The command line (flags as in the README).</param>
    /// <param name="configureServices">Runs after the app's own registrations (tests replace services here).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddWebhookTls();
        builder.Services.AddWebhook(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapAdmission();
        return app;
    }
}
