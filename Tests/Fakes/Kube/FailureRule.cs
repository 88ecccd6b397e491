namespace Stork.Tests.Fakes.Kube;

/// <summary>A planned failure: the next <see cref="Remaining"/> matching requests get <see cref="StatusCode"/>.</summary>
internal sealed class FailureRule(string? path, FakeKubeVerb? verb, int statusCode, int? retryAfterSeconds, int remaining)
{
    public int StatusCode => statusCode;

    public int? RetryAfterSeconds => retryAfterSeconds;

    public int Remaining { get; set; } = remaining;

    /// <summary>A null path matches every request; otherwise the collection path (all namespaces) or
    /// the exact request path.</summary>
    public bool Matches(KubeRoute route, FakeKubeVerb requestVerb, string requestPath) =>
        (path is null || path == route.Type.CollectionPath || path == requestPath)
        && (verb is null || verb == requestVerb);
}
