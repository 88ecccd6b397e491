using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;
using Stork.Scoring.Explain;
using Stork.Scoring.Extender;
using Stork.Scoring.Hyperconvergence;
using Stork.Shared.Annotations;
using Stork.Shared.Hosting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Events;
using Stork.Shared.Kube.Models;
using Stork.Shared.Snapshot;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Classification;
using Stork.Shared.Telemetry;

namespace Stork.Scoring;

internal static class ScoringServiceCollectionExtensions
{
    /// <summary>Everything the scoring sidecar runs: Kubernetes caches, the storage driver, events,
    /// health, telemetry and the extender itself.</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoringOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddStorkTelemetry(configuration, "stork-scoring", ExtenderMetrics.MeterName);
        services.AddStorkHealth();
        var snapshot = services.AddClusterSnapshot(configuration);
        services.AddKubeApi(configuration);
        services.AddKubeCache(KubeResources.Nodes);
        services.AddKubeCache(KubeResources.PersistentVolumeClaims);
        services.AddKubeCache(KubeResources.PersistentVolumes);
        services.AddKubeCache(KubeResources.StorageClasses);
        services.AddKubeCache(StorkPods(configuration["scheduler-name"] is { Length: > 0 } name ? name : new ScoringOptions().SchedulerName));
        if (StorageDriverServiceCollectionExtensions.DriverName(configuration) == StorageDriverServiceCollectionExtensions.Csi)
        {
            services.AddKubeCache(KubeResources.CsiNodes);
        }
        else if (snapshot is null)
        {
            services.AddHostedService<PortworxVolumeInvalidation>();
        }

        services.AddStorageDriver(configuration, snapshot);
        services.AddStorageDriverTracing();
        services.AddKubeApiTracing();
        services.AddEventRecorder();
        services.AddStorageObjects();
        services.AddSingleton(provider => new ExtenderArgsReader(
            LocalityLabels(provider.GetRequiredService<IOptions<ScoringOptions>>().Value.RackLabel),
            [AnnotationKeys.OperatorUnschedulable]));
        services.AddSingleton<ExtenderMetrics>();
        services.AddSingleton<MalformedValueReporter>();
        services.AddSingleton<TopologyProvider>();
        services.AddSingleton<NodeDirectory>();
        services.AddSingleton<PodVolumeResolver>();
        services.AddSingleton<PlacementRequestBuilder>();
        services.AddSingleton<ExtenderRequestReader>();
        services.AddSingleton<RequestBodyBudget>();
        services.AddSingleton<PlacementDecider>();
        services.AddSingleton<ExtenderExchange>();
        services.AddSingleton<FilterEndpoint>();
        services.AddSingleton<PrioritizeEndpoint>();
        services.AddSingleton<ExplainEndpoint>();
        services.AddSingleton<RunningPodExplainer>();
        services.AddSingleton<RunningPodEndpoint>();
        services.AddSingleton<PodPlacementRater>();
        services.AddSingleton<PlacementTally>();
        services.AddSingleton<PlacementMetrics>();
        services.AddSingleton<PlacementWatcher>();
        services.AddHostedService<PlacementService>();
        return services;
    }

    /// <summary>Only the pods of <paramref name="schedulerName"/> (<c>--scheduler-name</c>), selected by the API server,
    /// and of each only what <see cref="StorkPodFields"/> keeps; the placement watcher's cache (also the bench's).</summary>
    internal static KubeResource<Pod> StorkPods(string schedulerName) => KubeResources.Pods with
    {
        FieldSelector = "spec.schedulerName=" + schedulerName,
        Keep = StorkPodFields.Keep,
    };

    private static string[] LocalityLabels(string rackLabel) =>
    [
        AnnotationKeys.Hostname, AnnotationKeys.Zone, AnnotationKeys.Region,
        AnnotationKeys.LegacyZone, AnnotationKeys.LegacyRegion, rackLabel,
    ];
}
