using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Stork.Webhook.Tests.Doubles;
using Stork.Webhook.Tests.Integration;

namespace Stork.Webhook.Tests.Tls;

/// <summary>The real app (<see cref="WebhookApp.Build"/> with its documented flags) over TLS against the fake
/// API server: certificate rotation under traffic, and the refusals to run without HTTPS.</summary>
public sealed class WebhookAppTlsTests
{
    private static readonly TimeSpan Timeout = WebhookServer.Timeout;

    /// <summary>Traffic on new connections (each handshake picks the current certificate) until it is served the
    /// new certificate; the files are replaced once the traffic had a first answer.</summary>
    [Test]
    public async Task Serve_CertificateFilesReplacedWhileRequestsFlow_NewCertificateServedNoRequestFails()
    {
        await using var server = await WebhookServer.StartAsync();
        var firstAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rotated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var traffic = SendUntilServedAsync(server, rotated.Task, firstAnswered);

        await firstAnswered.Task.WaitAsync(Timeout);
        rotated.SetResult(server.Certificates.WritePair(server.CertFile, server.KeyFile));
        var results = await traffic.WaitAsync(Timeout);
        var keptAlive = await server.AdmitAsync(Reviews.Load("pvc-owned-default-scheduler"));

        var (first, second) = ($"{server.InitialThumbprint} mutated", $"{rotated.Task.Result} mutated");
        var switchedAt = results.IndexOf(second);
        Assert.That(switchedAt, Is.Positive, string.Join("\n", results));
        Assert.That(results, Is.EqualTo(Enumerable.Repeat(first, switchedAt).Append(second)));
        Assert.That(Reviews.Outcome(keptAlive), Is.EqualTo("mutated"));
    }

    [TestCase("http://127.0.0.1:0", TestName = "Build_PlainHttpUrl_Refused")]
    [TestCase("https://127.0.0.1:0;http://127.0.0.1:0", TestName = "Build_HttpsAndPlainHttpUrls_Refused")]
    public async Task Build_PlainHttpUrl_Refused(string urls)
    {
        await using var server = await WebhookServer.CreateAsync();

        Assert.That(
            () => WebhookApp.Build(["--urls", urls, "--tls-cert-file", server.CertFile, "--tls-key-file", server.KeyFile, "--kubeconfig", server.Kubeconfig, "--driver", "pxd"]),
            Throws.InvalidOperationException);
    }

    [Test]
    public async Task Start_NoCertificateFlags_Refused()
    {
        await using var server = await WebhookServer.CreateAsync();
        await using var app = WebhookApp.Build(["--urls", "https://127.0.0.1:0", "--kubeconfig", server.Kubeconfig, "--driver", "pxd"]);

        await Assert.ThatAsync(() => app.StartAsync().WaitAsync(Timeout), Throws.TypeOf<OptionsValidationException>());
    }

    [Test]
    public async Task Start_CertificateFilesMissing_Refused()
    {
        await using var server = await WebhookServer.CreateAsync();
        var (certFile, keyFile) = (server.CertFile + ".missing", server.KeyFile + ".missing");
        await using var app = WebhookApp.Build(
            ["--urls", "https://127.0.0.1:0", "--tls-cert-file", certFile, "--tls-key-file", keyFile, "--kubeconfig", server.Kubeconfig, "--driver", "pxd"]);

        await Assert.ThatAsync(() => app.StartAsync().WaitAsync(Timeout), Throws.InvalidOperationException);
    }

    /// <summary>Each answer as "thumbprint outcome" (or the failure), in order, up to the first one served the
    /// certificate <paramref name="rotated"/> names.</summary>
    private static async Task<List<string>> SendUntilServedAsync(WebhookServer server, Task<string> rotated, TaskCompletionSource firstAnswered)
    {
        var results = new List<string>();
        using var deadline = new CancellationTokenSource(Timeout);
        var body = Reviews.Load("pvc-owned-default-scheduler").ToJsonString();
        while (true)
        {
            var thumbprint = "";
            using var client = server.CreateClient(served => thumbprint = served);
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var answer = await client.PostAsync(new Uri("/mutate", UriKind.Relative), content, deadline.Token);
                var text = await answer.Content.ReadAsStringAsync(deadline.Token);
                results.Add(answer.IsSuccessStatusCode ? $"{thumbprint} {Reviews.Outcome(JsonNode.Parse(text)!)}" : $"failed: HTTP {(int)answer.StatusCode} {text}");
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                return results;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                results.Add($"failed: {e.Message}");
            }

            firstAnswered.TrySetResult();
            if (rotated.IsCompletedSuccessfully && thumbprint == rotated.Result)
            {
                return results;
            }
        }
    }
}
