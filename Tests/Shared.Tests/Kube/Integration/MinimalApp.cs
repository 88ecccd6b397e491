using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>A minimal web app on 127.0.0.1:0 and a client for it.</summary>
internal sealed class MinimalApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient http;

    private MinimalApp(WebApplication app, Uri address)
    {
        this.app = app;
        http = new HttpClient { BaseAddress = address, Timeout = Wait.Timeout };
    }

    public IServiceProvider Services => app.Services;

    public Uri Address => http.BaseAddress!;

    public static async Task<MinimalApp> StartAsync(
        Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync().WaitAsync(Wait.Timeout);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new MinimalApp(app, new Uri(address));
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative)).WaitAsync(Wait.Timeout);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().WaitAsync(Wait.Timeout));
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync().WaitAsync(Wait.Timeout);
        await app.DisposeAsync();
    }
}
