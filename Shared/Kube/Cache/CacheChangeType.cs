namespace Stork.Shared.Kube.Cache;

public enum CacheChangeType
{
    Added,
    Modified,
    Deleted,
}
