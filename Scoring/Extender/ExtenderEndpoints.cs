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
        var services = endpoints.ServiceProvider;
        endpoints.MapPost("/" + FilterVerb, LoopbackOnly<FilterEndpoint>(services, (endpoint, context) => endpoint.HandleAsync(context)));
        endpoints.MapPost("/" + PrioritizeVerb, LoopbackOnly<PrioritizeEndpoint>(services, (endpoint, context) => endpoint.HandleAsync(context)));
        endpoints.MapPost("/" + ExplainEndpoint.Verb, LoopbackOnly<ExplainEndpoint>(services, (endpoint, context) => endpoint.HandleAsync(context)));
        endpoints.MapGet("/" + ExplainEndpoint.Verb, LoopbackOnly<RunningPodEndpoint>(services, async (endpoint, context) =>
            await (await endpoint.HandleAsync(context)).ExecuteAsync(context)));
        return endpoints;
    }

    /// <summary>A plain request delegate over the endpoint singleton <typeparamref name="T"/>, taken from the application's
    /// services at the first request rather than through a request scope per call (not at map time: resolving it needs
    /// the Kubernetes connection), that answers 403 off loopback.</summary>
    private static RequestDelegate LoopbackOnly<T>(IServiceProvider services, Func<T, HttpContext, Task> handle)
        where T : notnull
    {
        var endpoint = new Lazy<T>(services.GetRequiredService<T>);
        return context => context.Connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local)
            ? handle(endpoint.Value, context)
            : ForbiddenAsync(context);
    }

    private static Task ForbiddenAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("the extender answers on loopback only");
    }
}
