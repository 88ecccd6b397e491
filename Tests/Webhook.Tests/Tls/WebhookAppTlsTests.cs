using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Webhook.Tests.Doubles;
using Stork.Webhook.Tls;

namespace Stork.Webhook.Tests.Tls;

/// <summary>The real app (<see cref="WebhookApp.Build"/>) over TLS on 127.0.0.1:0.</summary>
public sealed class WebhookAppTlsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private string folder = null!;
    private string certFile = null!;
    private string keyFile = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("stork-tls-").FullName;
        certFile = Path.Combine(folder, "tls.crt");
        keyFile = Path.Combine(folder, "tls.key");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Serve_CertificateFilesReplacedWhileRequestsFlow_NewCertificateServedNoRequestFails()
    {
        var first = TestCertificates.WritePair(certFile, keyFile, "first");
        await using var app = Build("--urls", "https://127.0.0.1:0");
        await app.StartAsync().WaitAsync(Timeout);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var reloaded = Reloaded(app.Services.GetRequiredService<CertificateReloader>());
        using var stop = new CancellationTokenSource();
        var traffic = SendUntilStoppedAsync(address, stop.Token);
        var served = await PostAsync(address);

        var second = TestCertificates.WritePair(certFile, keyFile, "second");
        await reloaded.WaitAsync(Timeout);
        var servedAfter = await PostAsync(address);
        await stop.CancelAsync();
        var (answered, failures) = await traffic.WaitAsync(Timeout);

        Assert.That(served, Is.EqualTo((first, "mutated")));
        Assert.That(servedAfter, Is.EqualTo((second, "mutated")));
        Assert.That(answered, Is.Positive);
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Build_PlainHttpUrl_Refused()
    {
        TestCertificates.WritePair(certFile, keyFile, "first");

        Assert.That(() => Build("--urls", "https://127.0.0.1:0;http://127.0.0.1:0"), Throws.InvalidOperationException);
    }

    [Test]
    public async Task Start_NoCertificateFlags_Refused()
    {
        await using var app = WebhookApp.Build(["--urls", "https://127.0.0.1:0"], Doubles);

        await Assert.ThatAsync(() => app.StartAsync().WaitAsync(Timeout), Throws.TypeOf<OptionsValidationException>());
    }

    [Test]
    public async Task Start_CertificateFilesMissing_Refused()
    {
        await using var app = Build("--urls", "https://127.0.0.1:0");

        await Assert.ThatAsync(() => app.StartAsync().WaitAsync(Timeout), Throws.InvalidOperationException);
    }

    private WebApplication Build(params string[] args) =>
        WebhookApp.Build([.. args, "--tls-cert-file", certFile, "--tls-key-file", keyFile], Doubles);

    private static void Doubles(IServiceCollection services)
    {
        services.AddLogging(logging => logging.ClearProviders());
        services.AddSingleton<IResourceCache<Namespace>>(new InMemoryCache<Namespace>(ClusterFixture.Namespaces));
        services.AddSingleton<IResourceCache<PersistentVolumeClaim>>(new InMemoryCache<PersistentVolumeClaim>(ClusterFixture.Claims));
        services.AddSingleton<IResourceCache<PersistentVolume>>(new InMemoryCache<PersistentVolume>(ClusterFixture.Volumes));
        services.AddSingleton<IResourceCache<StorageClass>>(new InMemoryCache<StorageClass>(ClusterFixture.StorageClasses));
        services.AddSingleton<IKubeApi>(new FakeKubeApi());

    }

    /// <summary>One request on a fresh connection: the served certificate's thumbprint and the outcome.</summary>
    private static async Task<(string Thumbprint, string? Outcome)> PostAsync(Uri address)
    {
        string? thumbprint = null;
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            thumbprint = certificate?.GetCertHashString();
            return certificate is not null;
        };
        using var client = new HttpClient(handler) { BaseAddress = address };
        var outcome = await PostAsync(client, CancellationToken.None);
        return (thumbprint!, outcome);
    }

    private static async Task<string?> PostAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var body = await File.ReadAllTextAsync(TestData.Path("mutate", "pvc-owned-default-scheduler", "request.json"), cancellationToken);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync(new Uri("/mutate", UriKind.Relative), content, cancellationToken).WaitAsync(Timeout, cancellationToken);
        answer.EnsureSuccessStatusCode();
        var review = JsonNode.Parse(await answer.Content.ReadAsStringAsync(cancellationToken))!;
        return (string?)review["response"]!["auditAnnotations"]!["outcome"];
    }

    /// <summary>Requests on new connections (so each handshake picks the current certificate) until stopped.</summary>
    private static async Task<(int Answered, List<string> Failures)> SendUntilStoppedAsync(Uri address, CancellationToken stop)
    {
        var (answered, failures) = (0, new List<string>());
        while (!stop.IsCancellationRequested)
        {
            using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, c, _, _) => c is not null } };
            using var client = new HttpClient(handler) { BaseAddress = address };
            try
            {
                var outcome = await PostAsync(client, stop);
                if (outcome == "mutated")
                {
                    answered++;
                }
                else
                {
                    failures.Add($"outcome {outcome}");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                failures.Add(e.Message);
            }
        }

        return (answered, failures);
    }

    private static Task Reloaded(CertificateReloader reloader)
    {
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Reloaded += (_, _) => reloaded.TrySetResult();
        return reloaded.Task;
    }
}
