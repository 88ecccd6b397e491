namespace Stork.Scoring.Explain;

/// <summary><c>GET /explain?pod=NAMESPACE/NAME</c>: what <c>explain --pod-name</c> prints, from the running
/// sidecar's caches, as JSON or, for <c>Accept: text/plain</c>, as text. Changes nothing and records no event.</summary>
internal sealed class RunningPodEndpoint(RunningPodExplainer explainer)
{
    public const string PodParameter = "pod";

    /// <summary>Mapped with the extender's verbs (<see cref="Extender.ExtenderEndpoints"/>), so on loopback connections only:
    /// the sidecar's pod shares its loopback with kube-scheduler and <c>kubectl port-forward</c>.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var given = context.Request.Query[PodParameter];
        if (given.Count != 1 || !PodName.TryParse(given[0], out var @namespace, out var name))
        {
            return Results.Text(
                given.Count == 0 ? "missing ?pod=NAMESPACE/NAME" : $"pod: '{given}' is not NAMESPACE/NAME",
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (await explainer.ExplainAsync(@namespace, name, context.RequestAborted) is not { } running)
        {
            return Results.Text(explainer.NotFound(@namespace, name), statusCode: StatusCodes.Status404NotFound);
        }

        return context.Request.Headers.Accept.Any(a => a?.Contains("text/plain", StringComparison.OrdinalIgnoreCase) == true)
            ? Results.Text(running.ToText(), "text/plain; charset=utf-8")
            : Results.Json(running.ToExplanation(), ScoringJsonContext.Default.RunningPodExplanation);
    }
}
