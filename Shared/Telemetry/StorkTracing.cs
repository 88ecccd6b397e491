using System.Diagnostics;
using System.Reflection;

namespace Stork.Shared.Telemetry;

/// <summary>
/// The one <see cref="ActivitySource"/> of a service (<c>Stork.Webhook</c>, <c>Stork.Scoring</c>), registered by
/// <c>AddStorkTelemetry</c>. Spans are made only while a listener samples the source: with no tracer provider,
/// or one that drops the trace, <see cref="Start"/> returns null and costs a check.
/// </summary>
internal sealed class StorkTracing : IDisposable
{
    /// <summary>The version every span, metric and resource carries: the build's informational version.</summary>
    public static readonly string Version =
        typeof(StorkTracing).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public StorkTracing(string sourceName) => Source = new ActivitySource(sourceName, Version);

    public ActivitySource Source { get; }

    public Activity? Start(string spanName, ActivityKind kind = ActivityKind.Internal) => Source.StartActivity(spanName, kind);

    public void Dispose() => Source.Dispose();
}
