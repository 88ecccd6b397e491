extern alias scoring;
extern alias webhook;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ScoringApp = scoring::Stork.Scoring.ScoringApp;
using WebhookApp = webhook::Stork.Webhook.WebhookApp;

namespace Stork.Demo;

/// <summary>Both services, started on localhost against the sample cluster snapshot: the real apps with
/// their real flags, only the cluster source differs.</summary>
internal sealed class DemoServices : IAsyncDisposable
{
    /// <summary>Warnings and errors only, so the instructions stay readable.</summary>
    private static readonly string[] Quiet = ["--Logging:LogLevel:Default", "Warning"];

    private readonly WebApplication webhook;
    private readonly WebApplication scoring;

    private DemoServices(WebApplication webhook, WebApplication scoring, DevCertificate certificate)
    {
        this.webhook = webhook;
        this.scoring = scoring;
        Certificate = certificate;
    }

    public DevCertificate Certificate { get; }

    public Uri WebhookUrl => Address(webhook);

    public Uri ScoringUrl => Address(scoring);

    public static async Task<DemoServices> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        var certificate = DevCertificate.Create(options.WorkDirectory);
        var snapshot = Path.Combine(options.Samples, "cluster.yaml");
        var webhook = WebhookApp.Build(
        [
            "--urls", $"https://127.0.0.1:{options.WebhookPort}", "--tls-cert-file", certificate.CertificatePath,
            "--tls-key-file", certificate.KeyPath, "--cluster-snapshot", snapshot, "--driver", "pxd", .. Quiet,
        ]);
        var scoring = ScoringApp.Build(["--urls", $"http://127.0.0.1:{options.ScoringPort}", "--cluster-snapshot", snapshot, "--driver", "pxd", .. Quiet]);
        await webhook.StartAsync(cancellationToken);
        await scoring.StartAsync(cancellationToken);
        return new(webhook, scoring, certificate);
    }

    public async ValueTask DisposeAsync()
    {
        await scoring.DisposeAsync();
        await webhook.DisposeAsync();
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
