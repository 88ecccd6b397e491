namespace Stork.Shared.Storage;

/// <summary>A storage node's health as the scorer sees it. Only Online and StorageDown nodes
/// take part in scheduling; Degraded and Offline nodes contribute no locality.</summary>
public enum StorageNodeStatus
{
    Offline,
    Online,
    StorageDown,
    Degraded,
}
