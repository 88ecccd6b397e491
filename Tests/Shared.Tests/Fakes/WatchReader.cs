using System.Text.Json.Nodes;

namespace Stork.Shared.Tests.Fakes;

/// <summary>An open watch stream read line by line, each read bounded by a timeout.</summary>
internal sealed class WatchReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public int StatusCode => (int)_response.StatusCode;

    public static async Task<WatchReader> OpenAsync(HttpClient client, string pathAndQuery)
    {
        var response = await client.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead).WaitAsync(FakeKubeHttp.Timeout);
        var stream = await response.Content.ReadAsStreamAsync().WaitAsync(FakeKubeHttp.Timeout);
        return new WatchReader(response, new StreamReader(stream));
    }

    /// <summary>The next line, or null when the server ended the stream.</summary>
    public async Task<string?> ReadLineAsync() => await _reader.ReadLineAsync().WaitAsync(FakeKubeHttp.Timeout);

    public async Task<JsonObject> ReadEventAsync() =>
        JsonNode.Parse(await ReadLineAsync() ?? throw new AssertionException("the watch ended"))!.AsObject();

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
