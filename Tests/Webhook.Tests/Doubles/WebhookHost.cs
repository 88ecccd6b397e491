using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Webhook.Admission;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The admission edge in memory: <c>AddWebhook</c> + <c>MapAdmission</c> on a test server, with
/// the golden cluster in the caches and a <see cref="FakeKubeApi"/>.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication app;

    private WebhookHost(WebApplication app, FakeKubeApi api, HttpClient client)
    {
        this.app = app;
        Api = api;
        Client = client;
    }

    public FakeKubeApi Api { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static Task<WebhookHost> StartAsync(params string[] args) => StartAsync(null, args);

    /// <param name="logs">Receives the host's logs (none are kept when null).</param>
    public static async Task<WebhookHost> StartAsync(ILoggerProvider? logs, params string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        var api = new FakeKubeApi();
        builder.Services.AddWebhook(builder.Configuration);
        builder.Services.AddSingleton<IResourceCache<Namespace>>(new InMemoryCache<Namespace>(ClusterFixture.Namespaces));
        builder.Services.AddSingleton<IResourceCache<PersistentVolumeClaim>>(new InMemoryCache<PersistentVolumeClaim>(ClusterFixture.Claims));
        builder.Services.AddSingleton<IResourceCache<PersistentVolume>>(new InMemoryCache<PersistentVolume>(ClusterFixture.Volumes));
        builder.Services.AddSingleton<IResourceCache<StorageClass>>(new InMemoryCache<StorageClass>(ClusterFixture.StorageClasses));
        builder.Services.AddSingleton<IKubeApi>(api);

        var app = builder.Build();
        app.MapAdmission();
        await app.StartAsync().WaitAsync(Timeout);
        return new WebhookHost(app, api, app.GetTestClient());
    }

    public Task<HttpResponseMessage> PostAsync(string body) => PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostAsync(HttpContent content) => Client.PostAsync("/mutate", content).WaitAsync(Timeout);

    /// <summary>A body of unknown length (sent chunked, no Content-Length).</summary>
    public static HttpContent Streamed(byte[] body)
    {
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }

    private sealed class UnknownLengthStream(byte[] body) : MemoryStream(body)
    {
        public override bool CanSeek => false;
    }
}
