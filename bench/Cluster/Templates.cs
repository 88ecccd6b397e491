using System.Text.Json.Nodes;

namespace Stork.Bench.Cluster;

/// <summary>The real objects under <c>testdata/</c> that synthetic ones are cut from.</summary>
internal static class Templates
{
    /// <summary>A minikube Node as the API server returned it (17 images).</summary>
    public static JsonObject Node() => Load("node-minikube.json");

    /// <summary>A bound PVC provisioned by Portworx CSI, with the managedFields the controllers leave.</summary>
    public static JsonObject BoundClaim() => Load("pvc-bound.json");

    /// <summary>The CSI PersistentVolume bound to such a claim.</summary>
    public static JsonObject BoundVolume() => Load("pv-csi-bound.json");

    /// <summary>A Pod with an init container and a sidecar, as the API server returned it.</summary>
    public static JsonObject Pod() => Load("pod-with-sidecar.json");

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", file)))!.AsObject();
}
