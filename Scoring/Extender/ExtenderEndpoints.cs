using System.Net;
using Stork.Scoring.Explain;

namespace Stork.Scoring.Extender;

internal static class ExtenderEndpoints
{
    /// <summary>Maps <c>POST /filter</c>, <c>/prioritize</c> and <c>/explain</c>. They answer only on loopback
    /// connections: kube-scheduler reaches the sidecar on 127.0.0.1, while probes and metrics may be served
    /// on a pod-network port too (the connection's local address, unlike a Host header, cannot be forged).</summary>
    public static IEndpointRouteBuilder MapExtender(this IEndpointRouteBuilder endpoints)
    {
        var extender = endpoints.MapGroup("").AddEndpointFilter(LoopbackOnlyAsync);
        extender.MapPost("/filter", (HttpContext context, ExtenderHandler handler) => handler.FilterAsync(context));
        extender.MapPost("/prioritize", (HttpContext context, ExtenderHandler handler) => handler.PrioritizeAsync(context));
        extender.MapPost("/explain", (HttpContext context, ExplainHandler handler) => handler.ExplainAsync(context));
        return endpoints;
    }

    private static async ValueTask<object?> LoopbackOnlyAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var local = invocation.HttpContext.Connection.LocalIpAddress;
        return local is not null && IPAddress.IsLoopback(local)
            ? await next(invocation)
            : Results.Text("the extender answers on loopback only", statusCode: StatusCodes.Status403Forbidden);
    }
}
