using System.Net.Http.Headers;

namespace Stork.Bench.Http;

/// <summary>The benchmark client's one request: POST a prepared body, read the answer into a reused buffer.
/// Nothing is parsed or kept, so the client costs the same for a service and for its floor.</summary>
internal static class BodyPoster
{
    /// <returns>The answer's length; or throws when the status is not 2xx.</returns>
    public static async Task<long> PostAsync(HttpClient client, Uri endpoint, byte[] body, byte[] buffer, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        return response.IsSuccessStatusCode
            ? length
            : throw new HttpRequestException($"POST {endpoint} answered {(int)response.StatusCode}", null, response.StatusCode);
    }
}
