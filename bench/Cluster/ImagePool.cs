using System.Text.Json.Nodes;

namespace Stork.Bench.Cluster;

/// <summary>The container images kubelets report in <c>status.images</c>: the template node's own plus the
/// usual fleet (Portworx, CSI sidecars, CNI, monitoring, workloads), each with a fixed digest and size.
/// A node reports a random subset, largest first, as kubelet does.</summary>
internal sealed class ImagePool
{
    private static readonly string[] Fleet =
    [
        "docker.io/portworx/px-enterprise:3.1.2", "docker.io/portworx/px-enterprise:3.0.5", "docker.io/portworx/oci-monitor:3.1.2",
        "docker.io/openstorage/stork:24.3.3", "docker.io/portworx/autopilot:1.3.14", "docker.io/portworx/px-operator:24.1.0",
        "registry.k8s.io/sig-storage/csi-provisioner:v3.6.1", "registry.k8s.io/sig-storage/csi-attacher:v4.4.2",
        "registry.k8s.io/sig-storage/csi-snapshotter:v6.3.1", "registry.k8s.io/sig-storage/csi-resizer:v1.9.2",
        "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.9.1", "registry.k8s.io/sig-storage/livenessprobe:v2.11.0",
        "docker.io/calico/node:v3.27.2", "docker.io/calico/cni:v3.27.2", "docker.io/calico/kube-controllers:v3.27.2",
        "registry.k8s.io/kube-proxy:v1.29.3", "registry.k8s.io/coredns/coredns:v1.11.1", "registry.k8s.io/pause:3.9",
        "quay.io/prometheus/node-exporter:v1.7.0", "quay.io/prometheus/prometheus:v2.50.1", "quay.io/prometheus-operator/prometheus-config-reloader:v0.72.0",
        "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.10.1", "docker.io/grafana/grafana:10.4.0", "cr.fluentbit.io/fluent/fluent-bit:2.2.2",
        "docker.io/istio/proxyv2:1.21.0", "docker.io/istio/pilot:1.21.0", "docker.io/envoyproxy/envoy:v1.29.2",
        "docker.io/library/postgres:16.2", "docker.io/library/postgres:15.6", "docker.io/bitnami/kafka:3.7.0", "docker.io/bitnami/zookeeper:3.9.2",
        "docker.io/library/cassandra:4.1.4", "docker.io/library/mongo:7.0.7", "docker.io/library/redis:7.2.4", "docker.io/library/mysql:8.3.0",
        "docker.elastic.co/elasticsearch/elasticsearch:8.12.2", "docker.io/library/nginx:1.25.4", "docker.io/library/busybox:1.36.1",
        "ghcr.io/example/orders-api:2.14.3", "ghcr.io/example/billing-worker:1.9.0", "ghcr.io/example/search-indexer:0.31.2",
        "ghcr.io/example/web-frontend:5.2.1", "ghcr.io/example/ledger:3.3.3", "ghcr.io/example/notifier:1.0.17",
        "docker.io/datadog/agent:7.51.1", "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0",
    ];

    private readonly JsonObject[] images;

    public ImagePool(JsonArray templateImages, Random random)
    {
        images = [.. templateImages.Select(i => i!.AsObject()), .. Fleet.Select(reference => Image(reference, random))];
    }

    public int Count => images.Length;

    /// <summary><paramref name="count"/> distinct images, largest first.</summary>
    public JsonArray Pick(int count, Random random)
    {
        var chosen = images.ToArray();
        random.Shuffle(chosen);
        return [.. chosen.Take(count).OrderByDescending(i => (long)i["sizeBytes"]!).Select(i => i.DeepClone())];
    }

    private static JsonObject Image(string reference, Random random)
    {
        var repository = reference[..reference.LastIndexOf(':')];
        return new JsonObject
        {
            ["names"] = new JsonArray($"{repository}@sha256:{RandomText.Hex(random, 64)}", reference),
            ["sizeBytes"] = random.NextInt64(700_000, 900_000_000),
        };
    }
}
