namespace Stork.Tests.Fakes.Portworx;

/// <summary>A storage node the fake SDK reports. <paramref name="Status"/> is the SDK enum name
/// (<c>STATUS_OK</c>, ...); null leaves the field out, as the gateway does for STATUS_NONE.</summary>
internal sealed record FakeStorageNode(
    string Id,
    string? SchedulerNodeName = null,
    string? Hostname = null,
    string? MgmtIp = null,
    string? DataIp = null,
    string? Status = "STATUS_OK");
