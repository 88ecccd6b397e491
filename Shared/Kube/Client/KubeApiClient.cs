using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;
using Polly.Timeout;
using Stork.Shared.Json;
using Stork.Shared.Kube.Connection;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>The Kubernetes API over HTTP. Gets, list pages and creates go through the retry pipeline up to the
/// answer's headers, then their bodies are decoded as they arrive (a list page is never buffered whole: pages of a
/// megabyte or more would each be a large-object-heap array, which a relist leaves fragmented); watches stream JSON
/// lines and leave reconnecting to the caller.</summary>
/// <param name="http">A client whose BaseAddress is the API server, with TLS and auth in its handlers
/// (<see cref="KubeHttpClientFactory"/>), and an infinite Timeout (watches are long; per-call timeouts live in the pipeline).</param>
/// <param name="bodyTimeout">How long an answer's body may take to arrive once its headers have (not retried: a caller's
/// next call, or the cache's relist, starts over).</param>
internal sealed class KubeApiClient(
    HttpClient http, ResiliencePipeline<HttpResponseMessage> pipeline, TimeSpan bodyTimeout, TimeProvider time) : IKubeApi
{
    /// <summary>One object; an answer that is not a valid model (<see cref="KubeObjectCheck"/>) is an InvalidResponse error.</summary>
    public async Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        var read = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, resource.ItemPath(@namespace, name)), resource.ItemType, cancellationToken);
        return read.IsSuccess && KubeObjectCheck.Problem(read.Value, resource.ItemType) is { } problem
            ? KubeResult<T>.Fail(new(0, "InvalidResponse", $"the API server's {resource.Plural} {name} is invalid: {problem}"))
            : read;
    }

    public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        var path = $"{resource.CollectionPath}?limit={limit}{resource.FieldSelectorQuery}";
        if (!string.IsNullOrEmpty(continueToken))
        {
            path += "&continue=" + Uri.EscapeDataString(continueToken);
        }

        return SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), resource.ListType, cancellationToken);
    }

    public async Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
        KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        var path = $"{resource.CollectionPath}?watch=true&resourceVersion={Uri.EscapeDataString(resourceVersion)}"
            + $"&allowWatchBookmarks=true&timeoutSeconds={timeoutSeconds}{resource.FieldSelectorQuery}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return KubeResult<IAsyncEnumerable<WatchLine<T>>>.Fail(Transport(e));
        }
        catch (IOException e)
        {
            return KubeResult<IAsyncEnumerable<WatchLine<T>>>.Fail(Transport(e));
        }
        catch (KubeCredentialsException e)
        {
            return KubeResult<IAsyncEnumerable<WatchLine<T>>>.Fail(Credentials(e));
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                return KubeResult<IAsyncEnumerable<WatchLine<T>>>.Fail(await ReadErrorAsync(response, cancellationToken));
            }
        }

        return KubeResult<IAsyncEnumerable<WatchLine<T>>>.Ok(ReadLinesAsync(response, resource, cancellationToken));
    }

    public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
        SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/namespaces/{Uri.EscapeDataString(@namespace)}/events")
            {
                Content = JsonContent.Create(newEvent, KubeJsonContext.Default.Event),
            },
            KubeJsonContext.Default.Event,
            cancellationToken);

    private static async IAsyncEnumerable<WatchLine<T>> ReadLinesAsync<T>(
        HttpResponseMessage response, KubeResource<T> resource, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IKubeObject
    {
        using (response)
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length > 0)
                {
                    yield return WatchLineParser.Parse(line, resource);
                }
            }
        }
    }

    private async Task<KubeResult<TOut>> SendAsync<TOut>(Func<HttpRequestMessage> createRequest, JsonTypeInfo<TOut> type, CancellationToken cancellationToken)
        where TOut : class
    {
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token => await http.SendAsync(createRequest(), HttpCompletionOption.ResponseHeadersRead, token), cancellationToken);
            using var timeout = new CancellationTokenSource(bodyTimeout, time);
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                if (!response.IsSuccessStatusCode)
                {
                    return KubeResult<TOut>.Fail(await ReadErrorAsync(response, reading.Token));
                }

                await using var body = await response.Content.ReadAsStreamAsync(reading.Token);
                var value = await JsonSerializer.DeserializeAsync(body, type, reading.Token);
                return value is null
                    ? KubeResult<TOut>.Fail(new(0, "InvalidResponse", "the API server answered with an empty body"))
                    : KubeResult<TOut>.Ok(value);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return KubeResult<TOut>.Fail(new(0, "Timeout", $"the API server's answer did not arrive within {bodyTimeout.TotalSeconds:0.###} s of its headers"));
            }
        }
        catch (HttpRequestException e)
        {
            return KubeResult<TOut>.Fail(Transport(e));
        }
        catch (IOException e)
        {
            return KubeResult<TOut>.Fail(Transport(e));
        }
        catch (KubeCredentialsException e)
        {
            return KubeResult<TOut>.Fail(Credentials(e));
        }
        catch (TimeoutRejectedException e)
        {
            return KubeResult<TOut>.Fail(new(0, "Timeout", e.Message));
        }
        catch (JsonException e)
        {
            return KubeResult<TOut>.Fail(new(0, "InvalidResponse", "the API server's answer is not valid JSON: " + e.Message));
        }
    }

    /// <summary>The server's Status object when it sent one, else the HTTP status and a bounded body excerpt.</summary>
    private static async Task<KubeApiError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Status? status = null;
        try
        {
            status = text.Length > 0 ? JsonSerializer.Deserialize(text, KubeJsonContext.Default.Status) : null;
        }
        catch (JsonException)
        {
            // Not a Status (a proxy's HTML page, say): fall back to the raw body below.
        }

        var code = status?.Code is > 0 ? status.Code : (int)response.StatusCode;
        var reason = string.IsNullOrEmpty(status?.Reason) ? response.ReasonPhrase ?? response.StatusCode.ToString() : status.Reason;
        var message = string.IsNullOrEmpty(status?.Message) ? text[..Math.Min(text.Length, 512)] : status.Message;
        return new(code, reason, message);
    }

    /// <summary>The handler could not get the request's credentials (token file, exec plugin, OIDC refresh).</summary>
    private static KubeApiError Credentials(KubeCredentialsException e) => new(0, "Credentials", e.Message);

    /// <summary>The connection failed, or broke while the answer was read.</summary>
    private static KubeApiError Transport(Exception e) =>
        new(0, "Transport", $"cannot reach the API server: {e.Message}");
}
