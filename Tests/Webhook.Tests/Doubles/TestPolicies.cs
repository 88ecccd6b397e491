using Stork.Shared.Annotations;
using Stork.Shared.Storage;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The decision's configuration with the flag defaults, for each driver.</summary>
internal static class TestPolicies
{
    public static readonly MutationPolicy Portworx = Policy(Ownerships.Portworx, "pxd");

    public static readonly MutationPolicy TopoLvm = Policy(Ownerships.Csi("topolvm.io"), "csi");

    private static MutationPolicy Policy(VolumeOwnership ownership, string driver) =>
        new(true, AnnotationKeys.DisableAdmissionController, AnnotationKeys.DisableAdmissionController, "stork", driver, ownership);
}
