using System.Text.Json.Nodes;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>The pod being scheduled: a StatefulSet replica (postgres) as kube-scheduler sends it, mounting the
/// first <c>volumes</c> claims of the cluster plus the projected service-account volume every pod has.</summary>
internal static class ExtenderPod
{
    public static JsonObject Create(ExtenderCluster cluster, int volumes)
    {
        var claims = cluster.Claims.Take(volumes).ToArray();
        var podVolumes = new JsonArray();
        var mounts = new JsonArray();
        for (var i = 0; i < claims.Length; i++)
        {
            podVolumes.Add(new JsonObject { ["name"] = $"data-{i}", ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = claims[i].Name } });
            mounts.Add(new JsonObject { ["name"] = $"data-{i}", ["mountPath"] = $"/var/lib/postgresql/data-{i}" });
        }

        podVolumes.Add(ServiceAccountVolume());
        mounts.Add(new JsonObject { ["name"] = "kube-api-access-7xk2p", ["mountPath"] = "/var/run/secrets/kubernetes.io/serviceaccount", ["readOnly"] = true });
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = Metadata(),
            ["spec"] = Spec(podVolumes, mounts),
            ["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = "Burstable" },
        };
    }

    private static JsonObject Metadata() => new()
    {
        ["name"] = "postgres-0-0",
        ["generateName"] = "postgres-0-",
        ["namespace"] = ExtenderCluster.Namespace,
        ["uid"] = "3b0c7c52-9f0e-4a55-8d0b-6f3e2f8f4a11",
        ["resourceVersion"] = "48213377",
        ["creationTimestamp"] = "2024-03-02T10:11:20Z",
        ["labels"] = new JsonObject
        {
            ["app.kubernetes.io/name"] = "postgres",
            ["app.kubernetes.io/instance"] = "postgres-0",
            ["apps.kubernetes.io/pod-index"] = "0",
            ["controller-revision-hash"] = "postgres-0-6d9c8b7f5d",
            ["statefulset.kubernetes.io/pod-name"] = "postgres-0-0",
        },
        ["ownerReferences"] = new JsonArray(new JsonObject
        {
            ["apiVersion"] = "apps/v1", ["kind"] = "StatefulSet", ["name"] = "postgres-0",
            ["uid"] = "0f6a3c2e-5b1d-4c7a-9e8f-2a1b3c4d5e6f", ["controller"] = true, ["blockOwnerDeletion"] = true,
        }),
    };

    private static JsonObject Spec(JsonArray volumes, JsonArray mounts) => new()
    {
        ["containers"] = new JsonArray(new JsonObject
        {
            ["name"] = "postgres",
            ["image"] = "docker.io/library/postgres:16.2",
            ["ports"] = new JsonArray(new JsonObject { ["containerPort"] = 5432, ["name"] = "postgres", ["protocol"] = "TCP" }),
            ["env"] = new JsonArray(new JsonObject { ["name"] = "PGDATA", ["value"] = "/var/lib/postgresql/data-0/pgdata" }),
            ["resources"] = new JsonObject
            {
                ["requests"] = new JsonObject { ["cpu"] = "2", ["memory"] = "8Gi" },
                ["limits"] = new JsonObject { ["memory"] = "8Gi" },
            },
            ["volumeMounts"] = mounts,
            ["terminationMessagePath"] = "/dev/termination-log",
            ["terminationMessagePolicy"] = "File",
            ["imagePullPolicy"] = "IfNotPresent",
        }),
        ["volumes"] = volumes,
        ["schedulerName"] = "stork",
        ["serviceAccountName"] = "default",
        ["hostname"] = "postgres-0-0",
        ["subdomain"] = "postgres-0",
        ["restartPolicy"] = "Always",
        ["terminationGracePeriodSeconds"] = 30,
        ["dnsPolicy"] = "ClusterFirst",
        ["enableServiceLinks"] = true,
        ["preemptionPolicy"] = "PreemptLowerPriority",
        ["priority"] = 0,
        ["securityContext"] = new JsonObject { ["fsGroup"] = 999 },
        ["tolerations"] = new JsonArray(
            new JsonObject { ["key"] = "node.kubernetes.io/not-ready", ["operator"] = "Exists", ["effect"] = "NoExecute", ["tolerationSeconds"] = 300 },
            new JsonObject { ["key"] = "node.kubernetes.io/unreachable", ["operator"] = "Exists", ["effect"] = "NoExecute", ["tolerationSeconds"] = 300 }),
    };

    private static JsonObject ServiceAccountVolume() => new()
    {
        ["name"] = "kube-api-access-7xk2p",
        ["projected"] = new JsonObject
        {
            ["defaultMode"] = 420,
            ["sources"] = new JsonArray(
                new JsonObject { ["serviceAccountToken"] = new JsonObject { ["expirationSeconds"] = 3607, ["path"] = "token" } },
                new JsonObject { ["configMap"] = new JsonObject { ["name"] = "kube-root-ca.crt", ["items"] = new JsonArray(new JsonObject { ["key"] = "ca.crt", ["path"] = "ca.crt" }) } },
                new JsonObject { ["downwardAPI"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["path"] = "namespace", ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = "metadata.namespace" } }) } }),
        },
    };
}
