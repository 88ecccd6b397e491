using System.Net;
using Stork.Scoring.Explain;

namespace Stork.Scoring.Extender;

internal static class ExtenderEndpoints
{
    /// <summary>The verbs of the KubeSchedulerConfiguration extender (<c>filterVerb</c>, <c>prioritizeVerb</c>).</summary>
    public const string FilterVerb = FilterEndpoint.Verb;

    /// <inheritdoc cref="FilterVerb"/>
    public const string PrioritizeVerb = PrioritizeEndpoint.Verb;

    /// <summary>Where the sidecar listens in the scheduler pod (<c>urlPrefix</c> of the extender).</summary>
    public const string SidecarUrl = "http://127.0.0.1:8099";

    /// <summary>Maps <c>POST /filter</c>, <c>/prioritize</c> and <c>/explain</c>, and <c>GET /explain?pod=</c>. They answer only on loopback
    /// connections: kube-scheduler reaches the sidecar on 127.0.0.1, while probes and metrics may be served
    /// on a pod-network port too (the connection's local address, unlike a Host header, cannot be forged).</summary>
    public static IEndpointRouteBuilder MapExtender(this IEndpointRouteBuilder endpoints)
    {
        var extender = endpoints.MapGroup("").AddEndpointFilter(LoopbackOnlyAsync);
        extender.MapPost("/" + FilterVerb, (HttpContext context, FilterEndpoint endpoint) => endpoint.HandleAsync(context));
        extender.MapPost("/" + PrioritizeVerb, (HttpContext context, PrioritizeEndpoint endpoint) => endpoint.HandleAsync(context));
        extender.MapPost("/" + ExplainEndpoint.Verb, (HttpContext context, ExplainEndpoint endpoint) => endpoint.HandleAsync(context));
        extender.MapGet("/" + ExplainEndpoint.Verb, (HttpContext context, RunningPodEndpoint endpoint) => endpoint.HandleAsync(context));
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
