using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stork.Tests.Fakes.Portworx;

/// <summary>An in-process OpenStorage SDK REST gateway on 127.0.0.1:0 serving
/// <c>GET /v1/nodes/filters</c> and <c>GET /v1/volumes/inspect/{volume_id}</c> with the real JSON of the
/// specification. Faults: <see cref="Delay"/>, <see cref="FailStatus"/>, <see cref="AbortConnections"/>,
/// <see cref="RequiredToken"/>; <see cref="CallCount"/> counts requests per path.</summary>
internal sealed class FakePortworxSdkServer : IAsyncDisposable
{
    public const string NodesPath = "/v1/nodes/filters";
    public const string VolumeInspectPrefix = "/v1/volumes/inspect/";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeVolume> _volumes = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<FakeStorageNode> _nodes = [];
    private volatile FaultSettings _faults = new(TimeSpan.Zero, null, false, null);

    private FakePortworxSdkServer(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>The gateway's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Waited before answering (or aborting); a caller that gives up ends the wait.</summary>
    public TimeSpan Delay { get => _faults.Delay; set => _faults = _faults with { Delay = value }; }

    /// <summary>Answer every request with this HTTP status and a gateway error body (503: SDK down).</summary>
    public int? FailStatus { get => _faults.FailStatus; set => _faults = _faults with { FailStatus = value }; }

    /// <summary>Drop every connection without an answer.</summary>
    public bool AbortConnections { get => _faults.Abort; set => _faults = _faults with { Abort = value }; }

    /// <summary>When set, requests need <c>Authorization: Bearer {token}</c>, else 401.</summary>
    public string? RequiredToken { get => _faults.Token; set => _faults = _faults with { Token = value }; }

    public static async Task<FakePortworxSdkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new FakePortworxSdkServer(builder.Build());
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri(address + "/");
        return server;
    }

    public void SetNodes(params FakeStorageNode[] nodes) => _nodes = nodes;

    public void SetVolume(FakeVolume volume) => _volumes[volume.Id] = volume;

    public void RemoveVolume(string volumeId) => _volumes.TryRemove(volumeId, out _);

    /// <summary>Clears every fault (delay, failure status, aborts); the token requirement stays.</summary>
    public void Recover() => _faults = _faults with { Delay = TimeSpan.Zero, FailStatus = null, Abort = false };

    /// <summary>Requests received for a path as sent (e.g. <see cref="NodesPath"/>), answered or not.</summary>
    public int CallCount(string path) => _calls.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _calls.AddOrUpdate(path, 1, (_, count) => count + 1);
        var faults = _faults;
        if (!await DelayAsync(faults.Delay, context.RequestAborted))
        {
            return;
        }

        if (faults.Abort)
        {
            context.Abort();
            return;
        }

        var (status, body) = Answer(context.Request, path, faults);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private (int Status, JsonObject Body) Answer(HttpRequest request, string path, FaultSettings faults)
    {
        if (faults.FailStatus is { } failStatus)
        {
            return (failStatus, FakeSdkJson.Error(GrpcCode(failStatus), "injected failure"));
        }

        if (faults.Token is { } token && request.Headers.Authorization.ToString() != "Bearer " + token)
        {
            return (401, FakeSdkJson.Error(16, "access denied: missing or invalid token"));
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            return (405, FakeSdkJson.Error(12, "Method Not Allowed"));
        }

        if (path == NodesPath)
        {
            return (200, new JsonObject { ["nodes"] = new JsonArray(_nodes.Select(n => (JsonNode?)FakeSdkJson.Node(n)).ToArray()) });
        }

        if (path.StartsWith(VolumeInspectPrefix, StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(path[VolumeInspectPrefix.Length..]);
            return _volumes.TryGetValue(id, out var volume)
                ? (200, new JsonObject { ["volume"] = FakeSdkJson.Volume(volume), ["name"] = volume.Name ?? id, ["labels"] = new JsonObject() })
                : (404, FakeSdkJson.Error(5, $"Volume id {id} not found"));
        }

        return (404, FakeSdkJson.Error(5, "Not Found"));
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping.Token);
        try
        {
            await Task.Delay(delay, wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int GrpcCode(int httpStatus) => httpStatus switch
    {
        400 => 3,
        401 => 16,
        403 => 7,
        404 => 5,
        429 => 8,
        503 => 14,
        504 => 4,
        _ => 13,
    };

    private sealed record FaultSettings(TimeSpan Delay, int? FailStatus, bool Abort, string? Token);
}
