using System.Globalization;
using System.Text.Json.Nodes;

namespace Stork.Bench.Cluster;

/// <summary>Worker nodes of a cloud cluster cut from the real minikube Node: distinct names, addresses,
/// ids and timestamps; region, zone and Portworx rack labels; 20 to 29 images and a few attached
/// Portworx volumes each.</summary>
internal sealed class SyntheticNodes
{
    private const string Region = "us-east-2";

    private readonly JsonObject template = Templates.Node();
    private readonly ImagePool images;
    private readonly Random random;

    public SyntheticNodes(Random random)
    {
        this.random = random;
        images = new ImagePool(template["status"]!["images"]!.AsArray(), random);
    }

    public static string NameOf(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"ip-10-{20 + (index / 65536)}-{index / 256 % 256}-{index % 256}.{Region}.compute.internal");

    public JsonObject Create(int index)
    {
        var node = template.DeepClone().AsObject();
        var name = NameOf(index);
        var zone = Region + "abc"[index % 3];
        node["metadata"] = Metadata(name, zone, index);
        node["spec"] = new JsonObject
        {
            ["podCIDR"] = $"100.{64 + (index / 256)}.{index % 256}.0/24",
            ["podCIDRs"] = new JsonArray($"100.{64 + (index / 256)}.{index % 256}.0/24"),
            ["providerID"] = $"aws:///{zone}/i-0{RandomText.Hex(random, 16)}",
        };
        var status = node["status"]!.AsObject();
        status["addresses"] = Addresses(name, index);
        status["capacity"] = Resources("16", "65047656Ki", "104845292Ki");
        status["allocatable"] = Resources("15890m", "63972456Ki", "95551679975");
        status["images"] = images.Pick(random.Next(20, 30), random);
        status["nodeInfo"] = NodeInfo();
        Attach(status, random.Next(0, 7));
        foreach (var condition in status["conditions"]!.AsArray())
        {
            condition!["lastHeartbeatTime"] = RandomText.Timestamp(random);
        }

        return node;
    }

    private JsonObject Metadata(string name, string zone, int index) => new()
    {
        ["annotations"] = new JsonObject
        {
            ["alpha.kubernetes.io/provided-node-ip"] = name[3..name.IndexOf('.', StringComparison.Ordinal)].Replace('-', '.'),
            ["csi.volume.kubernetes.io/nodeid"] = $"{{\"pxd.portworx.com\":\"{RandomText.Uid(random)}\"}}",
            ["node.alpha.kubernetes.io/ttl"] = "0",
            ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
        },
        ["creationTimestamp"] = RandomText.Timestamp(random),
        ["labels"] = new JsonObject
        {
            ["beta.kubernetes.io/arch"] = "amd64",
            ["beta.kubernetes.io/instance-type"] = "m6i.4xlarge",
            ["beta.kubernetes.io/os"] = "linux",
            ["failure-domain.beta.kubernetes.io/region"] = Region,
            ["failure-domain.beta.kubernetes.io/zone"] = zone,
            ["kubernetes.io/arch"] = "amd64",
            ["kubernetes.io/hostname"] = name,
            ["kubernetes.io/os"] = "linux",
            ["node-role.kubernetes.io/worker"] = "",
            ["node.kubernetes.io/instance-type"] = "m6i.4xlarge",
            ["px/enabled"] = "true",
            ["px/rack"] = string.Create(CultureInfo.InvariantCulture, $"rack-{index % 48:D2}"),
            ["topology.kubernetes.io/region"] = Region,
            ["topology.kubernetes.io/zone"] = zone,
        },
        ["name"] = name,
        ["resourceVersion"] = "1",
        ["uid"] = RandomText.Uid(random),
    };

    private static JsonArray Addresses(string name, int index) =>
    [
        new JsonObject { ["address"] = $"10.{20 + (index / 65536)}.{index / 256 % 256}.{index % 256}", ["type"] = "InternalIP" },
        new JsonObject { ["address"] = name, ["type"] = "InternalDNS" },
        new JsonObject { ["address"] = name, ["type"] = "Hostname" },
    ];

    private static JsonObject Resources(string cpu, string memory, string ephemeral) => new()
    {
        ["cpu"] = cpu,
        ["ephemeral-storage"] = ephemeral,
        ["hugepages-1Gi"] = "0",
        ["hugepages-2Mi"] = "0",
        ["memory"] = memory,
        ["pods"] = "234",
    };

    private JsonObject NodeInfo() => new()
    {
        ["architecture"] = "amd64",
        ["bootID"] = RandomText.Uid(random),
        ["containerRuntimeVersion"] = "containerd://1.7.11",
        ["kernelVersion"] = "5.10.210-201.852.amzn2.x86_64",
        ["kubeProxyVersion"] = "v1.29.3-eks-ae9a62a",
        ["kubeletVersion"] = "v1.29.3-eks-ae9a62a",
        ["machineID"] = RandomText.Hex(random, 32),
        ["operatingSystem"] = "linux",
        ["osImage"] = "Amazon Linux 2",
        ["systemUUID"] = "ec2" + RandomText.Hex(random, 5) + RandomText.Uid(random)[8..],
    };

    /// <summary>Portworx volumes attached and in use, as the attach/detach controller and kubelet report them.</summary>
    private void Attach(JsonObject status, int count)
    {
        var volumes = Enumerable.Range(0, count).Select(_ => "kubernetes.io/csi/pxd.portworx.com^" + RandomText.VolumeId(random)).ToArray();
        status["volumesAttached"] = new JsonArray([.. volumes.Select(v => new JsonObject { ["devicePath"] = "", ["name"] = v })]);
        status["volumesInUse"] = new JsonArray([.. volumes.Select(v => JsonValue.Create(v))]);
    }
}
