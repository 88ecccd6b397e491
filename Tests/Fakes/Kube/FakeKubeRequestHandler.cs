using Microsoft.AspNetCore.Http;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The fake's one request delegate: route, count, authenticate, apply faults, then serve.</summary>
internal sealed class FakeKubeRequestHandler(
    ObjectStore store, FaultInjector faults, RequestCounters counters, FakeKubeAuth auth, WatchStreamer watches)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (KubeRoute.Parse(context.Request.Path.Value ?? "") is not { } route)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.Failure(404, "the server could not find the requested resource"));
            return;
        }

        if (VerbOf(context.Request, route) is not { } verb)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.Failure(405, $"{context.Request.Method} is not supported by the fake"));
            return;
        }

        counters.CountRequest(route.Type.CollectionPath, verb, context.Request.QueryString.Value ?? "");
        if (!auth.Allows(context))
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.Unauthorized());
            return;
        }

        if (faults.Delay is { Ticks: > 0 } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (faults.TakeFailure(route, verb, context.Request.Path.Value!) is { } failure)
        {
            await FakeKubeResponses.WriteInjectedAsync(context, failure);
            return;
        }

        await (verb switch
        {
            FakeKubeVerb.Get => KubeReadWrite.GetAsync(context, route, store),
            FakeKubeVerb.List => KubeReadWrite.ListAsync(context, route, store),
            FakeKubeVerb.Watch => watches.StreamAsync(context, route),
            FakeKubeVerb.Update => KubeReadWrite.UpdateAsync(context, route, store),
            _ => KubeReadWrite.CreateAsync(context, route, store),
        });
    }

    private static FakeKubeVerb? VerbOf(HttpRequest request, KubeRoute route) => (request.Method, route.IsItem) switch
    {
        ("GET", true) => FakeKubeVerb.Get,
        ("GET", false) => request.Query["watch"].ToString() is "true" or "1" ? FakeKubeVerb.Watch : FakeKubeVerb.List,
        ("POST", false) => FakeKubeVerb.Create,
        ("PUT", true) => FakeKubeVerb.Update,
        _ => null,
    };
}
