namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>openstorage <c>apiSharedv4ServiceSpec</c>. Only its presence matters (Stork treats a
/// sharedv4 volume with a service spec as served remotely), so none of its fields are read.</summary>
internal sealed record SdkSharedv4ServiceSpec;
