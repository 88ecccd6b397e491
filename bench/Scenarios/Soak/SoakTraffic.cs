using System.Net.Http.Headers;

namespace Stork.Bench.Scenarios.Soak;

/// <summary>A few concurrent clients, each sending one request after another until stopped: two valid requests
/// (<c>/mutate</c>, <c>/filter</c>, <c>/prioritize</c>) for each invalid one, drawn with a fixed seed per client.</summary>
internal sealed class SoakTraffic(HttpClient webhook, HttpClient scoring, IReadOnlyList<SoakRequest> valid, IReadOnlyList<SoakRequest> invalid, SoakTally tally)
{
    public const int Clients = 4;

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(() => ClientAsync(new Random(100 + i), stop), CancellationToken.None)));

    private async Task ClientAsync(Random random, CancellationToken stop)
    {
        var buffer = new byte[64 * 1024];
        while (!stop.IsCancellationRequested)
        {
            var request = random.Next(3) < 2 ? valid[random.Next(valid.Count)] : invalid[random.Next(invalid.Count)];
            var status = await SendAsync(request.ForWebhook ? webhook : scoring, request, buffer, stop);
            if (status is { } answered)
                tally.Record(request, answered);
        }
    }

    /// <returns>The status code, <see cref="SoakTally.NoAnswer"/> when the service did not answer, null when stopped.</returns>
    private static async Task<int?> SendAsync(HttpClient client, SoakRequest request, byte[] buffer, CancellationToken stop)
    {
        using var content = new ByteArrayContent(request.Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(request.Endpoint, UriKind.Relative)) { Content = content };
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, stop);
            await using var stream = await response.Content.ReadAsStreamAsync(stop);
            while (await stream.ReadAsync(buffer, stop) > 0)
            {
            }

            return (int)response.StatusCode;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            // A dead service refuses at once: do not spin on it.
            await Task.Delay(50, CancellationToken.None);
            return SoakTally.NoAnswer;
        }
    }
}
