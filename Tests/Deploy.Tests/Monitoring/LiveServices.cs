extern alias demo;
extern alias scoring;
extern alias webhook;

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Deploy.Tests.Support;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;
using DevCertificate = demo::Stork.Demo.DevCertificate;
using ScoringApp = scoring::Stork.Scoring.ScoringApp;
using WebhookApp = webhook::Stork.Webhook.WebhookApp;

namespace Stork.Deploy.Tests.Monitoring;

/// <summary>Both real services, started with their real flags (pxd driver) against the fake API server and
/// the fake OpenStorage SDK, ready, and reachable over loopback; every await is bounded.</summary>
internal sealed class LiveServices : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly string[] Quiet = ["--Logging:LogLevel:Default", "Warning"];

    private readonly TempDirectory directory = new();
    private readonly List<WebApplication> apps = [];

    private LiveServices(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        Kube = kube;
        Sdk = sdk;
    }

    public FakeKubeApiServer Kube { get; }

    public FakePortworxSdkServer Sdk { get; }

    public HttpClient Webhook { get; private set; } = null!;

    public HttpClient Scoring { get; private set; } = null!;

    public static async Task<LiveServices> StartAsync(Action<FakeKubeApiServer, FakePortworxSdkServer> seed)
    {
        var services = new LiveServices(await FakeKubeApiServer.StartAsync().WaitAsync(Timeout), await FakePortworxSdkServer.StartAsync().WaitAsync(Timeout));
        try
        {
            seed(services.Kube, services.Sdk);
            var kubeconfig = FakeKubeconfig.Write(services.Kube, services.directory.Path);
            var certificate = DevCertificate.Create(services.directory.Path);
            services.Webhook = await services.StartAsync(WebhookApp.Build(
            [
                "--urls", "https://127.0.0.1:0", "--tls-cert-file", certificate.CertificatePath, "--tls-key-file", certificate.KeyPath,
                "--kubeconfig", kubeconfig, "--driver", "pxd", .. Quiet,
            ]));
            services.Scoring = await services.StartAsync(ScoringApp.Build(
            [
                "--urls", "http://127.0.0.1:0", "--kubeconfig", kubeconfig, "--driver", "pxd",
                "--portworx-endpoint", services.Sdk.Endpoint.ToString(), .. Quiet,
            ]));
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content).WaitAsync(Timeout);
    }

    /// <summary>Scrapes <c>/metrics</c> until <paramref name="done"/> holds for its sample names (bounded by <see cref="Timeout"/>).</summary>
    public static async Task<IReadOnlySet<string>> ScrapeUntilAsync(HttpClient client, Func<IReadOnlySet<string>, bool> done)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var names = ScrapedMetrics.SampleNames(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), deadline.Token));
            if (done(names) || deadline.IsCancellationRequested)
                return names;
            await Task.Delay(50, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Webhook?.Dispose();
        Scoring?.Dispose();
        foreach (var app in apps)
        {
            await app.StopAsync().WaitAsync(Timeout);
            await app.DisposeAsync();
        }

        await Sdk.DisposeAsync();
        await Kube.DisposeAsync();
        directory.Dispose();
    }

    private async Task<HttpClient> StartAsync(WebApplication app)
    {
        apps.Add(app);
        await app.StartAsync().WaitAsync(Timeout);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        // The webhook's certificate comes from a throw-away CA; this client only reads its metrics and readiness.
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = Timeout };
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), deadline.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
                return client;
            await Task.Delay(20, deadline.Token);
        }
    }
}
