using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Stork.Scoring.Extender;
using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Hosting.Flags;
using Stork.Shared.Json;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Mutation;
using Stork.Shared.Snapshot;
using YamlDotNet.Core;

namespace Stork.Scoring.Explain;

/// <summary><c>Stork.Scoring explain --pod POD.yaml (--cluster-snapshot FILE | --kubeconfig PATH) [flags]</c>:
/// "why did my pod land there?" in one command. Prints the webhook's decision for the pod and every
/// node's filter verdict and score with reasons, from the same caches and rules the services use.</summary>
internal static class ExplainCommand
{
    public const string Verb = "explain";
    private const string PodKey = "pod";
    private const string PodNameKey = "pod-name";

    private static readonly TimeSpan SyncPatience = TimeSpan.FromSeconds(60);

    public static readonly CommandSpec Spec = new(
        "stork-scoring " + Verb,
        "Why did my pod land there? Prints the webhook's decision for the pod and every node's filter verdict and score with reasons.",
        [
            Flag.Path(PodKey, "the pod as you would create it, YAML or JSON (this or --pod-name)"),
            Flag.Text(PodNameKey, "a pod of the stork scheduler in the cluster, NAMESPACE/NAME: where it runs, its placement and the scores now"),
            .. SharedFlags.Cluster,
            .. SharedFlags.Portworx,
            .. ScoringCommandLine.Placement(new ScoringOptions()),
            .. SharedFlags.Mutation,
        ]);

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(FlagParser.RunArguments(ScoringCommandLine.Spec, args));
        builder.Logging.ClearProviders();
        builder.Services.AddScoring(builder.Configuration);
        builder.Services.AddKubeCache(KubeResources.Namespaces);
        builder.Services.AddPodMutation(builder.Configuration);
        var podName = builder.Configuration[PodNameKey];
        var podPath = builder.Configuration[PodKey];
        if (podName is null == podPath is null)
        {
            throw new ArgumentException("explain needs --pod POD.yaml (the pod as you would create it) or --pod-name NAMESPACE/NAME (a pod in the cluster)");
        }

        (string Namespace, string Name)? running = podName is null ? null
            : PodName.TryParse(podName, out var @namespace, out var name) ? (@namespace, name)
            : throw new ArgumentException($"--pod-name: '{podName}' is not NAMESPACE/NAME");
        (Pod Pod, JsonElement Raw)? file = podPath is null ? null : ReadPod(podPath);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            await WaitForCachesAsync(host.Services, cancellationToken);
            var explainer = host.Services.GetRequiredService<RunningPodExplainer>();
            if (running is { } key)
            {
                var explained = await explainer.ExplainAsync(key.Namespace, key.Name, cancellationToken)
                    ?? throw new ArgumentException("--pod-name: " + explainer.NotFound(key.Namespace, key.Name));
                await output.WriteAsync(explained.ToText());
                return 0;
            }

            var (pod, raw) = file!.Value;
            var admission = (await host.Services.GetRequiredService<Admitter>().AdmitAsync(
                new AdmissionFacts("CREATE", "", "Pod", "", pod.Metadata.Namespace, pod, raw), cancellationToken)).Outcome;
            await output.WriteAsync($"Webhook: {admission.Kind.Name}: {admission.Reason}\n{ExplainTextRenderer.Render(await explainer.ScoresNowAsync(pod, cancellationToken))}");
            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The pod from YAML or JSON; namespace <c>default</c> when it names none, as kubectl would.</summary>
    private static (Pod Pod, JsonElement Raw) ReadPod(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--pod: file '{path}' does not exist (looked for {Path.GetFullPath(path)})");
        }

        using var reader = File.OpenText(path);
        JsonObject? document;
        try
        {
            document = YamlJson.Documents(reader).FirstOrDefault()?.AsObject();
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or JsonException)
        {
            throw new ArgumentException($"--pod: '{path}' is not a pod in YAML or JSON: {e.Message}", e);
        }

        if (document is null)
        {
            throw new ArgumentException($"--pod: '{path}' holds no object");
        }

        var metadata = document["metadata"]?.AsObject() ?? throw new ArgumentException($"--pod: '{path}' has no metadata");
        metadata["namespace"] ??= "default";
        var raw = JsonSerializer.SerializeToElement(document, KubeJsonContext.Default.JsonObject);
        return (raw.Deserialize(KubeJsonContext.Default.Pod)!, raw);
    }

    /// <exception cref="TimeoutException">A cache did not sync within <see cref="SyncPatience"/>; names them.</exception>
    private static async Task WaitForCachesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var caches = services.GetServices<ICacheStatus>().ToArray();
        var deadline = DateTimeOffset.UtcNow + SyncPatience;
        while (caches.Any(c => !c.IsSynced))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                var pending = string.Join(", ", caches.Where(c => !c.IsSynced).Select(c => c.Resource));
                throw new TimeoutException($"the caches of {pending} did not sync within {SyncPatience.TotalSeconds:0} s; is the API server reachable with these credentials?");
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
