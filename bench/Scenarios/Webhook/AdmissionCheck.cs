using System.Text;
using System.Text.Json;

namespace Stork.Bench.Scenarios.Webhook;

/// <summary>The webhook's answer to the sample, read once before timing: the run must measure a mutation (the
/// decision's full path), not a fast "allowed, unchanged".</summary>
internal sealed record AdmissionCheck(string Patch, string Reason, int AnswerBytes)
{
    /// <exception cref="InvalidOperationException">The answer is not an allowed JSON patch setting the scheduler.</exception>
    public static async Task<AdmissionCheck> RunAsync(HttpClient client, Uri endpoint, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(endpoint, content, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var document = JsonDocument.Parse(answer);
        var review = document.RootElement.GetProperty("response");
        var patch = review.TryGetProperty("patch", out var encoded) ? Encoding.UTF8.GetString(encoded.GetBytesFromBase64()) : "";
        var reason = review.GetProperty("status").GetProperty("message").GetString() ?? "";
        return review.GetProperty("allowed").GetBoolean() && patch.Contains("/spec/schedulerName", StringComparison.Ordinal)
            ? new(patch, reason, answer.Length)
            : throw new InvalidOperationException($"the webhook did not mutate the sample: {Encoding.UTF8.GetString(answer)}");
    }
}
