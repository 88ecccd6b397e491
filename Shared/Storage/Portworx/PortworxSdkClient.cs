using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Shared.Storage.Portworx;

/// <summary>The two OpenStorage SDK REST gateway calls the scheduler needs. Every failure is a
/// <see cref="PortworxSdkException"/> with a message an operator understands; cancellation passes
/// through untouched so deadlines stay deadlines.</summary>
internal sealed class PortworxSdkClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly BearerTokenFile? _token;

    public PortworxSdkClient(HttpClient http, Uri endpoint, BearerTokenFile? token)
    {
        _http = http;
        _endpoint = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        _token = token;
    }

    public static PortworxSdkClient Create(PortworxOptions options)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        var token = string.IsNullOrEmpty(options.TokenFile) ? null : new BearerTokenFile(options.TokenFile);
        // No client-wide timeout: the driver's deadline cancels each call.
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new PortworxSdkClient(http, options.Endpoint!, token);
    }

    /// <summary><c>GET /v1/nodes/filters</c>: every storage node, in full, in one call.</summary>
    public async Task<IReadOnlyList<SdkStorageNode>> EnumerateNodesAsync(CancellationToken cancellationToken)
    {
        var response = await GetAsync(
            "v1/nodes/filters", PortworxJsonContext.Default.SdkNodeEnumerateWithFiltersResponse, cancellationToken);
        return response.Nodes ?? [];
    }

    /// <summary><c>GET /v1/volumes/inspect/{volume_id}</c>.</summary>
    public async Task<SdkVolume> InspectVolumeAsync(string volumeId, CancellationToken cancellationToken)
    {
        var path = "v1/volumes/inspect/" + Uri.EscapeDataString(volumeId);
        var response = await GetAsync(path, PortworxJsonContext.Default.SdkVolumeInspectResponse, cancellationToken);
        return response.Volume ?? throw new PortworxSdkException($"Portworx SDK GET /{path} answered without a volume");
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var token = ReadToken();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, path));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw await ErrorStatusAsync(path, response, cancellationToken);
            }

            return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken)
                ?? throw new PortworxSdkException($"Portworx SDK GET /{path} answered with an empty body");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
        {
            throw new PortworxSdkException(Describe(path, e), statusCode: null, e);
        }
    }

    private string? ReadToken()
    {
        try
        {
            return _token?.Read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PortworxSdkException($"cannot read the Portworx token file '{_token!.Path}': {e.Message}", null, e);
        }
    }

    private string Describe(string path, Exception e) => e switch
    {
        JsonException => $"Portworx SDK GET /{path} answered with JSON that does not match the SDK: {e.Message}",
        HttpRequestException => $"Portworx SDK at {_endpoint} is unreachable (GET /{path}): {e.Message}",
        _ => $"Portworx SDK GET /{path} broke off: {e.Message}",
    };

    private static async Task<PortworxSdkException> ErrorStatusAsync(
        string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = GatewayMessage(body);
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var message = detail is null
            ? $"Portworx SDK GET /{path} answered {status}"
            : $"Portworx SDK GET /{path} answered {status}: {detail}";
        return new PortworxSdkException(message, response.StatusCode);
    }

    /// <summary>The gateway's <c>runtimeError</c> message with its gRPC code, when the body is one.</summary>
    internal static string? GatewayMessage(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, PortworxJsonContext.Default.SdkRuntimeError);
            var text = string.IsNullOrEmpty(error?.Message) ? error?.Error : error.Message;
            return string.IsNullOrEmpty(text) ? null : $"{text} (gRPC code {error!.Code})";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
