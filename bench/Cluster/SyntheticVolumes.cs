using System.Globalization;
using System.Text.Json.Nodes;

namespace Stork.Bench.Cluster;

/// <summary>StatefulSet claims bound to Portworx CSI volumes, as a real cluster returns them: 50 claims per
/// namespace, each with its PV named <c>pvc-&lt;claim uid&gt;</c> and a claimRef back.</summary>
internal sealed class SyntheticVolumes(Random random)
{
    public const int ClaimsPerNamespace = 50;

    private static readonly string[] Apps = ["postgres", "kafka", "cassandra", "mongodb", "elasticsearch", "redis", "mysql", "zookeeper"];
    private static readonly string[] Classes = ["px-csi-db", "px-csi-replicated", "px-csi-db-remote"];
    private static readonly string[] Sizes = ["10Gi", "50Gi", "100Gi", "250Gi", "1Ti"];

    private readonly JsonObject claimTemplate = Templates.BoundClaim();
    private readonly JsonObject volumeTemplate = Templates.BoundVolume();

    public (JsonObject Claim, JsonObject Volume) Create(int index)
    {
        var (@namespace, app, set, pod) = Slot(index);
        var claimName = ClaimOf(pod);
        var claimUid = RandomText.Uid(random);
        var volumeName = "pvc-" + claimUid;
        var storageClass = Classes[index % Classes.Length];
        var size = Sizes[random.Next(Sizes.Length)];
        var created = RandomText.Timestamp(random);

        var claim = claimTemplate.DeepClone().AsObject();
        var claimMeta = claim["metadata"]!.AsObject();
        Stamp(claimMeta, claimName, claimUid, created);
        claimMeta["namespace"] = @namespace;
        claimMeta["labels"]!["app.kubernetes.io/instance"] = set;
        claimMeta["labels"]!["app.kubernetes.io/name"] = app;
        claim["spec"]!["resources"]!["requests"]!["storage"] = size;
        claim["spec"]!["storageClassName"] = storageClass;
        claim["spec"]!["volumeName"] = volumeName;
        claim["status"]!["capacity"]!["storage"] = size;

        var volume = volumeTemplate.DeepClone().AsObject();
        Stamp(volume["metadata"]!.AsObject(), volumeName, RandomText.Uid(random), created);
        var spec = volume["spec"]!.AsObject();
        spec["capacity"]!["storage"] = size;
        spec["claimRef"]!["name"] = claimName;
        spec["claimRef"]!["namespace"] = @namespace;
        spec["claimRef"]!["resourceVersion"] = random.Next(1_000_000, 90_000_000).ToString(CultureInfo.InvariantCulture);
        spec["claimRef"]!["uid"] = claimUid;
        spec["csi"]!["volumeHandle"] = RandomText.VolumeId(random);
        spec["storageClassName"] = storageClass;
        return (claim, volume);
    }

    /// <summary>Where claim <paramref name="index"/> sits: its namespace, app, StatefulSet (10 pods each) and the
    /// StatefulSet pod that mounts it.</summary>
    public static (string Namespace, string App, string StatefulSet, string Pod) Slot(int index)
    {
        var app = Apps[index / ClaimsPerNamespace % Apps.Length];
        var set = string.Create(CultureInfo.InvariantCulture, $"{app}-{index % ClaimsPerNamespace / 10}");
        return (string.Create(CultureInfo.InvariantCulture, $"tenant-{index / ClaimsPerNamespace:D4}"), app, set,
            string.Create(CultureInfo.InvariantCulture, $"{set}-{index % 10}"));
    }

    /// <summary>The claim of a StatefulSet pod from its <c>data</c> volumeClaimTemplate.</summary>
    public static string ClaimOf(string pod) => "data-" + pod;

    /// <summary>Sets name, uid and every timestamp (creation and managedFields) to one creation time.</summary>
    private static void Stamp(JsonObject metadata, string name, string uid, string created)
    {
        metadata["name"] = name;
        metadata["uid"] = uid;
        metadata["creationTimestamp"] = created;
        foreach (var entry in metadata["managedFields"]!.AsArray())
        {
            entry!["time"] = created;
        }
    }
}
