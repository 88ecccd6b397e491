using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Shared.Tests.Telemetry;
using Stork.Tests.Fakes.Kube;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>The real webhook, built by <see cref="WebhookApp.Build"/> with the flags its README documents,
/// over TLS on 127.0.0.1:0 against a <see cref="FakeKubeApiServer"/> seeded with the <see cref="GoldenCluster"/>:
/// the serving certificate (issued by a test CA) and the kubeconfig in a temporary folder, and a client
/// that trusts only that CA.</summary>
internal sealed class WebhookServer : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly string folder;
    private WebApplication? app;
    private bool apiStopped;

    private WebhookServer(string folder, FakeKubeApiServer api)
    {
        this.folder = folder;
        Api = api;
        Kubeconfig = FakeKubeconfig.Write(api, folder);
        InitialThumbprint = Certificates.WritePair(CertFile, KeyFile);
    }

    public FakeKubeApiServer Api { get; }

    public ServingCertificates Certificates { get; } = new();

    public string CertFile => Path.Combine(folder, "tls.crt");

    public string KeyFile => Path.Combine(folder, "tls.key");

    /// <summary>The thumbprint of the certificate first written to <see cref="CertFile"/>.</summary>
    public string InitialThumbprint { get; }

    public string Kubeconfig { get; }

    /// <summary>A client of <see cref="Address"/> (keep-alive) trusting the test CA; set once started.</summary>
    public HttpClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>The fake API server, seeded and with its kubeconfig, and a serving certificate written; the webhook
    /// not started yet (<see cref="StartAppAsync"/>).</summary>
    public static async Task<WebhookServer> CreateAsync()
    {
        var api = await FakeKubeApiServer.StartAsync().WaitAsync(Timeout);
        GoldenCluster.Seed(api);
        return new WebhookServer(Directory.CreateTempSubdirectory("stork-webhook-").FullName, api);
    }

    /// <summary><see cref="CreateAsync"/>, then the webhook started with <see cref="Flags"/> and ready.</summary>
    public static async Task<WebhookServer> StartAsync(params string[] extraFlags)
    {
        var server = await CreateAsync();
        try
        {
            await server.StartAppAsync(extraFlags);
            await server.WaitReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The documented command line with this server's files: <c>--urls https://127.0.0.1:0
    /// --tls-cert-file --tls-key-file --kubeconfig --driver pxd</c>, then <paramref name="extraFlags"/>.</summary>
    public string[] Flags(params string[] extraFlags) =>
    [
        "--urls", "https://127.0.0.1:0", "--tls-cert-file", CertFile, "--tls-key-file", KeyFile,
        "--kubeconfig", Kubeconfig, "--driver", "pxd", .. extraFlags,
    ];

    /// <summary>Builds and starts the webhook; does not wait for readiness.</summary>
    public async Task StartAppAsync(params string[] extraFlags)
    {
        var built = WebhookApp.Build(Flags(extraFlags));
        try
        {
            await built.StartAsync().WaitAsync(Timeout);
        }
        catch
        {
            await built.DisposeAsync();
            throw;
        }

        app = built;
        Address = new Uri(built.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        Client = CreateClient();
    }

    /// <summary>Polls <c>/readyz</c> until 200; a <see cref="TimeoutException"/> with the last answer after <see cref="Timeout"/>.</summary>
    public async Task WaitReadyAsync()
    {
        using var deadline = new CancellationTokenSource(Timeout);
        var last = "";
        try
        {
            while (true)
            {
                using var ready = await Client.GetAsync(new Uri("/readyz", UriKind.Relative), deadline.Token);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync(deadline.Token)}";
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"/readyz did not answer 200 within {Timeout}; last answer: {last}");
        }
    }

    /// <summary>A client with its own connections that trusts only the test CA and reports the thumbprint of
    /// each certificate the server presents to <paramref name="served"/>.</summary>
    public HttpClient CreateClient(Action<string>? served = null)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { Certificates.Authority },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            if (certificate is not null)
            {
                served?.Invoke(certificate.GetCertHashString());
            }

            return errors == SslPolicyErrors.None;
        };
        return new HttpClient(handler) { BaseAddress = Address, Timeout = Timeout };
    }

    public Task<HttpResponseMessage> PostAsync(HttpContent content) =>
        Client.PostAsync(new Uri("/mutate", UriKind.Relative), content).WaitAsync(Timeout);

    public Task<HttpResponseMessage> PostAsync(string json) => PostAsync(new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts <paramref name="review"/>; asserts HTTP 200 and the uid echoed; returns the answer.</summary>
    public async Task<JsonNode> AdmitAsync(JsonNode review)
    {
        using var answer = await PostAsync(review.ToJsonString());
        var body = await answer.Content.ReadAsStringAsync().WaitAsync(Timeout);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var node = JsonNode.Parse(body)!;
        Assert.That((string?)node["response"]?["uid"], Is.EqualTo((string?)review["request"]!["uid"]));
        return node;
    }

    /// <summary>GET <c>/metrics</c>; asserts 200 and the text format 0.0.4; returns the families, parsed strictly.</summary>
    public async Task<IReadOnlyDictionary<string, PrometheusTextParser.Family>> ScrapeAsync()
    {
        using var answer = await Client.GetAsync(new Uri("/metrics", UriKind.Relative)).WaitAsync(Timeout);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.ToString(), Does.StartWith("text/plain; version=0.0.4"));
        return PrometheusTextParser.Parse(await answer.Content.ReadAsStringAsync().WaitAsync(Timeout));
    }

    /// <summary>Shuts the fake API server down: every later request to it is refused.</summary>
    public async Task StopApiAsync()
    {
        apiStopped = true;
        await Api.DisposeAsync().AsTask().WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync().WaitAsync(Timeout);
            await app.DisposeAsync();
        }

        if (!apiStopped)
        {
            await Api.DisposeAsync();
        }

        Certificates.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
