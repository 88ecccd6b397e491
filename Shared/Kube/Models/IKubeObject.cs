namespace Stork.Shared.Kube.Models;

/// <summary>Anything with object metadata: what caches and the API client store.</summary>
public interface IKubeObject
{
    ObjectMeta Metadata { get; }
}
