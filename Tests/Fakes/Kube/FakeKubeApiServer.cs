using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stork.Tests.Fakes.Tls;

namespace Stork.Tests.Fakes.Kube;

/// <summary>An in-process Kubernetes API server over real TLS on 127.0.0.1: raw JSON objects, paged lists,
/// watches with bookmarks and 410s, bearer-token or client-certificate auth, and fault injection.
/// Everything here is thread-safe.</summary>
internal sealed partial class FakeKubeApiServer : IAsyncDisposable
{
    /// <summary>The bearer token accepted until a test changes <see cref="ValidTokens"/>.</summary>
    public const string DefaultToken = "fake-kube-token";

    private readonly ChangeSignal _changed = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ObjectStore _store;
    private readonly FaultInjector _faults = new();
    private readonly RequestCounters _counters;
    private readonly FakeKubeAuth _auth;
    private readonly X509Certificate2 _serverCertificate;
    private WebApplication? _app;

    private FakeKubeApiServer(int historyLimit)
    {
        _store = new ObjectStore(historyLimit, _changed);
        _counters = new RequestCounters(_changed);
        Certificates = TestCertificates.CreateAuthority("fake-kube-ca");
        _serverCertificate = Certificates.IssueServer("kubernetes", "kubernetes.default.svc");
        _auth = new FakeKubeAuth(Certificates.Authority, [DefaultToken]);
    }

    /// <summary>The base address, e.g. <c>https://127.0.0.1:40123/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The fake's CA: it signed the server certificate; client certificates it signs are accepted.</summary>
    public TestCertificates Certificates { get; }

    public X509Certificate2 CaCertificate => Certificates.Authority;

    public string CaPem => Certificates.AuthorityPem;

    /// <summary>The bearer tokens accepted now; set to rotate them.</summary>
    public IReadOnlyCollection<string> ValidTokens
    {
        get => _auth.ValidTokens;
        set => _auth.ValidTokens = value;
    }

    /// <summary>The global resourceVersion of the last write.</summary>
    public string ResourceVersion => _store.Version.ToString(CultureInfo.InvariantCulture);

    /// <param name="historyLimit">How many changes a watch can replay; older resourceVersions get 410.</param>
    public static async Task<FakeKubeApiServer> StartAsync(int historyLimit = 1000)
    {
        var server = new FakeKubeApiServer(historyLimit);
        await server.StartHostAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
        _serverCertificate.Dispose();
        Certificates.Dispose();
    }

    private async Task StartHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(
            new HttpsConnectionAdapterOptions
            {
                ServerCertificate = _serverCertificate,
                ClientCertificateMode = ClientCertificateMode.AllowCertificate,
                ClientCertificateValidation = (_, _, _) => true,
            })));
        _app = builder.Build();
        var watches = new WatchStreamer(_store, _faults, _counters, _stopping.Token);
        var handler = new FakeKubeRequestHandler(_store, _faults, _counters, _auth, watches);
        _app.Run(handler.HandleAsync);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        Url = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
    }
}
