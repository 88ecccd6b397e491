using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

/// <summary>Gathers <see cref="ClusterFacts"/> from one snapshot of each cache.</summary>
internal sealed class ClusterFactsReader(IResourceCache<Namespace> namespaces, StorageObjectsReader storage)
{
    public StorageObjectsReader Storage => storage;

    public ClusterFacts FromCaches(string? @namespace) => new(
        string.IsNullOrEmpty(@namespace) ? null : namespaces.Snapshot.Get(null, @namespace),
        storage.FromCaches());
}
