namespace Stork.Shared.Kube.Models;

/// <summary>Anything with object metadata: what caches and the API client store.</summary>
/// <remarks>The models' properties have setters rather than <c>init</c>: System.Text.Json's generated code
/// decodes init-only members through a per-object buffer (a measurable cost on the admission and cache paths)
/// and leaves an absent init-only member null instead of its initializer's value. Nothing sets a property
/// after decoding: caches hand the same instances to every reader.</remarks>
public interface IKubeObject
{
    ObjectMeta Metadata { get; }
}
