using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Deploy.Tests.Monitoring;

/// <summary>A one-node Portworx cluster in the fakes: PVCs <c>db/data</c> and <c>db/logs</c>, each bound to a
/// Portworx CSI volume, the first with a replica on the node.</summary>
internal static class MonitoredCluster
{
    public const string Namespace = "db";
    public const string Node = "node-a";
    public const string DataClaim = "data";
    public const string LogsClaim = "logs";

    public static void Seed(FakeKubeApiServer kube, FakePortworxSdkServer sdk)
    {
        kube.Add("/api/v1/namespaces", $$$"""{"metadata":{"name":"{{{Namespace}}}"}}""");
        kube.Add("/api/v1/nodes", $$$"""
            {"metadata":{"name":"{{{Node}}}","labels":{"kubernetes.io/hostname":"{{{Node}}}","topology.kubernetes.io/zone":"z1"}},
             "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.1"},{"type":"Hostname","address":"{{{Node}}}"}],
                       "conditions":[{"type":"Ready","status":"True"}]}}
            """);
        kube.Add("/apis/storage.k8s.io/v1/storageclasses", """{"metadata":{"name":"px"},"provisioner":"pxd.portworx.com","volumeBindingMode":"Immediate"}""");
        AddClaim(kube, DataClaim, "101");
        AddClaim(kube, LogsClaim, "102");
        sdk.SetNodes(new FakeStorageNode("px-a", Node, Node, "10.0.0.1", "10.0.0.1"));
        sdk.SetVolume(new FakeVolume("101", "pvc-data", [["px-a"]]));
        sdk.SetVolume(new FakeVolume("102", "pvc-logs", [["px-a"]]));
    }

    /// <summary>An extender request (NodeNames form) for a pod using one claim.</summary>
    public static string ExtenderArgs(string claim) => $$$"""
        {"Pod":{"metadata":{"name":"app-{{{claim}}}","namespace":"{{{Namespace}}}","uid":"u-{{{claim}}}"},
                "spec":{"volumes":[{"name":"v","persistentVolumeClaim":{"claimName":"{{{claim}}}"}}]}},
         "NodeNames":["{{{Node}}}"]}
        """;

    /// <summary>An AdmissionReview of a pod CREATE using <see cref="DataClaim"/>.</summary>
    public static string AdmissionReview() => $$$"""
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview",
         "request":{"uid":"0b5c-1","kind":{"group":"","version":"v1","kind":"Pod"},"resource":{"group":"","version":"v1","resource":"pods"},
                    "namespace":"{{{Namespace}}}","operation":"CREATE",
                    "object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"app","namespace":"{{{Namespace}}}"},
                              "spec":{"containers":[{"name":"c","image":"busybox"}],
                                      "volumes":[{"name":"v","persistentVolumeClaim":{"claimName":"{{{DataClaim}}}"}}]} } } }
        """;

    private static void AddClaim(FakeKubeApiServer kube, string name, string volumeId)
    {
        kube.Add("/api/v1/persistentvolumeclaims", $$$"""
            {"metadata":{"name":"{{{name}}}","namespace":"{{{Namespace}}}"},
             "spec":{"accessModes":["ReadWriteOnce"],"storageClassName":"px","volumeName":"pv-{{{name}}}"},
             "status":{"phase":"Bound"}}
            """);
        kube.Add("/api/v1/persistentvolumes", $$$"""
            {"metadata":{"name":"pv-{{{name}}}","annotations":{"pv.kubernetes.io/provisioned-by":"pxd.portworx.com"}},
             "spec":{"storageClassName":"px","csi":{"driver":"pxd.portworx.com","volumeHandle":"{{{volumeId}}}"},
                     "claimRef":{"namespace":"{{{Namespace}}}","name":"{{{name}}}"}},
             "status":{"phase":"Bound"}}
            """);
    }
}
