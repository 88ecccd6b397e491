using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Scoring.Tests.Integration;

/// <summary>The real scoring service, started with its command-line flags (<c>--urls</c>, <c>--kubeconfig</c>,
/// and the driver's flags) against the fake API server and the fake OpenStorage SDK, and ready (caches synced).</summary>
internal sealed class ScoringServer : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string directory;
    private WebApplication? app;

    private ScoringServer(FakeKubeApiServer kube, FakePortworxSdkServer sdk, string directory)
    {
        Kube = kube;
        Sdk = sdk;
        this.directory = directory;
    }

    public FakeKubeApiServer Kube { get; }

    public FakePortworxSdkServer Sdk { get; }

    /// <summary>The running service's container.</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>Talks to the service on its loopback address; every request is bounded by <see cref="Timeout"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Starts with <c>--driver pxd</c> (the default) and <c>--portworx-endpoint</c> pointing at the fake SDK.</summary>
    /// <param name="seed">Fills the fakes before the service starts (and may inject SDK faults).</param>
    public static Task<ScoringServer> StartPortworxAsync(Action<FakeKubeApiServer, FakePortworxSdkServer> seed, params string[] flags) =>
        StartAsync(seed, sdk => ["--portworx-endpoint", sdk.Endpoint.ToString(), .. flags]);

    /// <summary>Starts with <c>--driver csi --csi-driver NAME</c>.</summary>
    public static Task<ScoringServer> StartCsiAsync(Action<FakeKubeApiServer> seed, string csiDriver) =>
        StartAsync((kube, _) => seed(kube), _ => ["--driver", "csi", "--csi-driver", csiDriver]);

    public async Task<HttpResponseMessage> PostAsync(string path, string json, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync().WaitAsync(Timeout);
            await app.DisposeAsync();
        }

        await Sdk.DisposeAsync();
        await Kube.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<ScoringServer> StartAsync(
        Action<FakeKubeApiServer, FakePortworxSdkServer> seed, Func<FakePortworxSdkServer, string[]> driverFlags)
    {
        var directory = Directory.CreateTempSubdirectory("stork-scoring-").FullName;
        var server = new ScoringServer(await FakeKubeApiServer.StartAsync(), await FakePortworxSdkServer.StartAsync(), directory);
        try
        {
            seed(server.Kube, server.Sdk);
            await server.StartServiceAsync(driverFlags(server.Sdk));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task StartServiceAsync(string[] driverFlags)
    {
        app = ScoringApp.Build(["--urls", "http://127.0.0.1:0", "--kubeconfig", FakeKubeconfig.Write(Kube, directory), .. driverFlags]);
        await app.StartAsync().WaitAsync(Timeout);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = Timeout };
        await WaitReadyAsync();
    }

    private async Task WaitReadyAsync()
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            using var ready = await Client.GetAsync("/readyz", deadline.Token);
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(20, deadline.Token);
        }
    }
}
