using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;

namespace Stork.Shared.Mutation;

/// <summary>The cluster state the decision reads.</summary>
/// <param name="Namespace">The pod's namespace, when known.</param>
/// <param name="Storage">The claims, volumes and classes the pod's volumes are classified by.</param>
internal sealed record ClusterFacts(Namespace? Namespace, StorageObjects Storage);
