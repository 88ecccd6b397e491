using System.Globalization;
using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Portworx;

/// <summary>Builds the gateway's JSON as the OpenStorage SDK specification has it, independently of
/// the product's models: proto snake_case names, enums as strings, 64-bit integers as strings, and
/// plenty of fields a client must ignore.</summary>
internal static class FakeSdkJson
{
    public static JsonObject Node(FakeStorageNode node)
    {
        var json = new JsonObject
        {
            ["id"] = node.Id,
            ["cpu"] = 12.5,
            ["cpu_cores"] = "8",
            ["mem_total"] = "33554432000",
            ["mem_used"] = "8388608000",
            ["mem_free"] = "25165824000",
            ["avg_load"] = "3",
            ["disks"] = new JsonObject
            {
                ["/dev/sdb"] = new JsonObject { ["id"] = "/dev/sdb", ["medium"] = "STORAGE_MEDIUM_SSD", ["size"] = "107374182400" },
            },
            ["pools"] = new JsonArray(new JsonObject { ["ID"] = 0, ["uuid"] = node.Id + "-pool0", ["total_size"] = "107374182400" }),
            ["node_labels"] = new JsonObject { ["PX Version"] = "3.1.0" },
            ["HWType"] = "VirtualMachine",
            ["security_status"] = "UNSECURED",
            ["scheduler_topology"] = new JsonObject { ["labels"] = new JsonObject() },
        };
        AddIfSet(json, "scheduler_node_name", node.SchedulerNodeName);
        AddIfSet(json, "hostname", node.Hostname);
        AddIfSet(json, "mgmt_ip", node.MgmtIp);
        AddIfSet(json, "data_ip", node.DataIp);
        AddIfSet(json, "status", node.Status);
        return json;
    }

    public static JsonObject Volume(FakeVolume volume)
    {
        var replicaSets = new JsonArray();
        foreach (var set in volume.ReplicaSets ?? [])
        {
            replicaSets.Add(new JsonObject { ["nodes"] = Strings(set), ["pool_uuids"] = new JsonArray() });
        }

        return new JsonObject
        {
            ["id"] = volume.Id,
            ["source"] = new JsonObject { ["parent"] = "", ["seed"] = "" },
            ["readonly"] = false,
            ["locator"] = new JsonObject { ["name"] = volume.Name ?? volume.Id, ["volume_labels"] = Labels(volume.LocatorLabels) },
            ["ctime"] = "2024-05-01T10:00:00Z",
            ["spec"] = Spec(volume),
            ["usage"] = "33964032",
            ["format"] = "FS_TYPE_EXT4",
            ["status"] = "VOLUME_STATUS_UP",
            ["state"] = "VOLUME_STATE_ATTACHED",
            ["attached_on"] = "10.0.0.1",
            ["attached_state"] = "ATTACH_STATE_EXTERNAL",
            ["replica_sets"] = replicaSets,
            ["runtime_state"] = new JsonArray(new JsonObject { ["runtime_state"] = new JsonObject { ["ID"] = "0" } }),
        };
    }

    /// <summary>The gateway's <c>runtimeError</c> body.</summary>
    public static JsonObject Error(int grpcCode, string message) => new()
    {
        ["error"] = message,
        ["code"] = grpcCode,
        ["message"] = message,
        ["details"] = new JsonArray(),
    };

    private static JsonObject Spec(FakeVolume volume)
    {
        var spec = new JsonObject
        {
            ["ephemeral"] = false,
            ["size"] = "1073741824",
            ["format"] = "FS_TYPE_EXT4",
            ["block_size"] = "4096",
            ["ha_level"] = (volume.ReplicaSets is [var first, ..] ? first.Count : 1).ToString(CultureInfo.InvariantCulture),
            ["cos"] = "HIGH",
            ["io_profile"] = "IO_PROFILE_AUTO",
            ["aggregation_level"] = 1,
            ["sharedv4"] = volume.Sharedv4,
            ["volume_labels"] = Labels(volume.SpecLabels),
        };
        if (volume.Sharedv4ServiceType is { } type)
        {
            spec["sharedv4_service_spec"] = type.Length == 0 ? new JsonObject() : new JsonObject { ["type"] = type };
        }

        return spec;
    }

    private static JsonObject Labels(IReadOnlyDictionary<string, string>? labels)
    {
        var json = new JsonObject();
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            json[key] = value;
        }

        return json;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
