using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiStorageNode</c>: only the fields the scheduler uses.</summary>
internal sealed record SdkStorageNode
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("scheduler_node_name")] public string? SchedulerNodeName { get; init; }
    [JsonPropertyName("hostname")] public string? Hostname { get; init; }
    [JsonPropertyName("mgmt_ip")] public string? MgmtIp { get; init; }
    [JsonPropertyName("data_ip")] public string? DataIp { get; init; }

    /// <summary>An <c>openstorageapiStatus</c> name (<c>STATUS_OK</c>, ...); absent means
    /// <c>STATUS_NONE</c>, the proto default the gateway leaves out.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
}
