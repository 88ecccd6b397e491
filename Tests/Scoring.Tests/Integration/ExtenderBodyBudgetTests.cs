using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Stork.Scoring.Extender;
using static Stork.Scoring.Tests.Integration.ExtenderRequests;
using static Stork.Scoring.Tests.Integration.PortworxCluster;

namespace Stork.Scoring.Tests.Integration;

/// <summary>Issue 13 item 6: bodies are buffered as they arrive, from 64 KB up, and all bodies in flight share
/// <c>--max-buffered-request-bytes</c>; past it the answer is 503 with Retry-After, and the budget is whole again after.</summary>
internal sealed class ExtenderBodyBudgetTests
{
    private const int Budget = 512 * 1024;

    private ScoringServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await ScoringServer.StartPortworxAsync(Seed, "--max-buffered-request-bytes", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Post_BodyOverTheBudget_ServiceUnavailableWithRetryAfterThenServesOn()
    {
        var json = NodeNamesForm(Pod("db-0", DataClaim), AllNodes);
        var body = json + new string(' ', Budget - json.Length);

        using var answer = await server.PostAsync("/filter", body);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await answer.Content.ReadAsStringAsync());
        Assert.That(answer.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        using var valid = await server.PostAsync("/prioritize", NodeNamesForm(Pod("db-0", DataClaim), AllNodes));
        Assert.That(Scores(await valid.Content.ReadAsStringAsync()), Is.EqualTo(DataScores));
        Assert.That(server.Services.GetRequiredService<RequestBodyBudget>().Reserved, Is.Zero);
    }

    /// <summary>A client announcing 60 MB and sending 1 KB holds its first 64 KB buffer, not 60 MB (today's code reserved the
    /// announced length up front); one sending 65 KB holds the next buffer, four times as large.</summary>
    [TestCase(1024, 64 * 1024)]
    [TestCase(65 * 1024, 256 * 1024)]
    public async Task Post_AnnouncedLengthNotYetSent_OnlyTheArrivedChunkIsHeld(int sent, int held)
    {
        var budget = server.Services.GetRequiredService<RequestBodyBudget>();
        var stalled = new StalledContent(Encoding.UTF8.GetBytes("{\"Pod\":" + new string(' ', sent)), 60 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/filter") { Content = stalled };
        var sending = server.Client.SendAsync(request);
        using var deadline = new CancellationTokenSource(ScoringServer.Timeout);
        while (budget.Reserved < held)
        {
            await Task.Delay(10, deadline.Token);
        }

        await Task.Delay(50, deadline.Token);
        Assert.That(budget.Reserved, Is.EqualTo(held));
        stalled.Abort();
        Assert.That(async () => (await sending).Dispose(), Throws.InstanceOf<Exception>());
        while (budget.Reserved != 0)
        {
            await Task.Delay(10, deadline.Token);
        }
    }

    /// <summary>Sends its first bytes with a Content-Length of <paramref name="announced"/>, then waits until aborted.</summary>
    private sealed class StalledContent(byte[] first, long announced) : HttpContent
    {
        private readonly TaskCompletionSource aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Abort() => aborted.TrySetException(new IOException("client gave up"));

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            await aborted.Task;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = announced;
            return true;
        }
    }
}
