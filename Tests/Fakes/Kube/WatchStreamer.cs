using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Stork.Tests.Fakes.Kube;

/// <summary>Serves <c>?watch=true</c>: a chunked stream of JSON lines until <c>timeoutSeconds</c>, a close or
/// abort from the test, the client leaving, or the server stopping.</summary>
internal sealed class WatchStreamer(ObjectStore store, FaultInjector faults, RequestCounters counters, CancellationToken stopping)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    public async Task StreamAsync(HttpContext context, KubeRoute route)
    {
        var query = context.Request.Query;
        var versionText = query["resourceVersion"].ToString();
        if (!TryParseVersion(versionText, out var from))
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest($"invalid resource version '{versionText}'"));
            return;
        }

        await BeginAsync(context);
        if (faults.TakeWatchExpiry())
        {
            await WriteLineAsync(context, WatchLines.TooOld(from ?? 0, store.Version), context.RequestAborted);
            return;
        }

        var start = store.Subscribe(route.Type, route.Namespace, from, query["allowWatchBookmarks"] == "true");
        if (start.Subscription is not { } watch)
        {
            await WriteLineAsync(context, start.ExpiredMessage!, context.RequestAborted);
            return;
        }

        counters.CountWatchOpened(route.Type.CollectionPath);
        try
        {
            await PumpAsync(context, watch, Timeout(query["timeoutSeconds"].ToString()), FieldSelector.Parse(query["fieldSelector"]));
        }
        finally
        {
            store.Unsubscribe(watch);
        }
    }

    private async Task PumpAsync(HttpContext context, WatchSubscription watch, TimeSpan timeout, FieldSelector? selector)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        end.CancelAfter(timeout);
        try
        {
            await foreach (var message in watch.Messages.ReadAllAsync(end.Token))
            {
                if (message.Kind == WatchMessageKind.Abort)
                {
                    context.Abort();
                    return;
                }

                if (message.Line is { } line && Selected(line, selector))
                {
                    await WriteLineAsync(context, line, end.Token);
                }

                if (message.Kind == WatchMessageKind.Close)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (end.IsCancellationRequested)
        {
            // timeoutSeconds passed, the client left or the server is stopping: end the stream.
        }
    }

    /// <summary>ADDED, MODIFIED and DELETED lines of objects the selector does not match are not sent.</summary>
    private static bool Selected(string line, FieldSelector? selector)
    {
        if (selector is null)
        {
            return true;
        }

        var parsed = JsonNode.Parse(line);
        return parsed?["type"]?.GetValue<string>() is not ("ADDED" or "MODIFIED" or "DELETED")
            || (parsed["object"] is JsonObject obj && selector.Matches(obj));
    }

    private static async Task BeginAsync(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteLineAsync(HttpContext context, string line, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync(line + "\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>Empty and "0" mean "from now, with the current state first" (null).</summary>
    private static bool TryParseVersion(string text, out long? version)
    {
        version = null;
        if (text is "" or "0")
        {
            return true;
        }

        var parsed = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        version = value;
        return parsed;
    }

    private static TimeSpan Timeout(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultTimeout;
}
