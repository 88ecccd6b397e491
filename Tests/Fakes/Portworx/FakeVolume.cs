namespace Stork.Tests.Fakes.Portworx;

/// <summary>A volume the fake SDK reports.</summary>
/// <param name="ReplicaSets">Each replica set's node ids.</param>
/// <param name="LocatorLabels"><c>locator.volume_labels</c>.</param>
/// <param name="SpecLabels"><c>spec.volume_labels</c> (deprecated in the SDK).</param>
/// <param name="Sharedv4ServiceType">When set, <c>spec.sharedv4_service_spec</c> with this type
/// (e.g. <c>CLUSTERIP</c>); an empty string gives an empty spec object.</param>
internal sealed record FakeVolume(
    string Id,
    string? Name = null,
    IReadOnlyList<IReadOnlyList<string>>? ReplicaSets = null,
    IReadOnlyDictionary<string, string>? LocatorLabels = null,
    IReadOnlyDictionary<string, string>? SpecLabels = null,
    bool Sharedv4 = false,
    string? Sharedv4ServiceType = null);
