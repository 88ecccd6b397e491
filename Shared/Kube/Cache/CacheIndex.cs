using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Cache;

/// <summary>A secondary lookup kept with every snapshot, e.g. PV by claim ("ns/name") or PVC by namespace.</summary>
/// <param name="Name">How readers ask for it.</param>
/// <param name="KeyOf">The index key of an object, or null when it has none.</param>
public sealed record CacheIndex<T>(string Name, Func<T, string?> KeyOf)
    where T : class, IKubeObject;
