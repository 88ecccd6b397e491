using System.Text.Json;
using Stork.Scoring.Extender;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>What the service answered to a body, read once before timing, so that a run that measures an error
/// path (a 400, or the fail-open "all nodes pass") fails instead of reporting numbers.</summary>
/// <param name="Passing">Filter: nodes that passed.</param>
/// <param name="Failed">Filter: nodes in FailedNodes.</param>
/// <param name="BestScore">Prioritize: the highest score.</param>
/// <param name="AtBest">Prioritize: how many nodes have it.</param>
internal sealed record AnswerCheck(int Passing, int Failed, long BestScore, int AtBest)
{
    /// <exception cref="InvalidOperationException">The answers are not those of a scored, filtered pod.</exception>
    public static async Task<AnswerCheck> RunAsync(HttpClient client, Uri service, ExtenderBody body, ExtenderCluster cluster, CancellationToken cancellationToken)
    {
        using var filter = await PostAsync(client, new Uri(service, "/filter"), body.Bytes, cancellationToken);
        using var prioritize = await PostAsync(client, new Uri(service, "/prioritize"), body.Bytes, cancellationToken);
        var root = filter.RootElement;
        var passing = body.Form == NodeForm.Nodes ? root.GetProperty("Nodes").GetProperty("items").GetArrayLength() : root.GetProperty("NodeNames").GetArrayLength();
        var failed = root.GetProperty("FailedNodes").EnumerateObject().Count();
        var scores = prioritize.RootElement.EnumerateArray().Select(e => e.GetProperty("Score").GetInt64()).ToArray();
        var check = new AnswerCheck(passing, failed, scores.Max(), scores.Count(s => s == scores.Max()));
        if (passing != cluster.Count - cluster.Offline || failed != cluster.Offline || scores.Length != cluster.Count || check.BestScore < 100)
        {
            throw new InvalidOperationException(
                $"{cluster.Count} nodes, {body.Form}, {body.Volumes} volumes: unexpected answers {check} (expected {cluster.Count - cluster.Offline} passing, "
                + $"{cluster.Offline} failed, {cluster.Count} scores, a replica holder scoring at least 100)");
        }

        return check;
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, Uri endpoint, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(endpoint, content, cancellationToken);
        var text = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text)
            : throw new InvalidOperationException($"POST {endpoint} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(text)}");
    }
}
