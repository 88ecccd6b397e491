using Stork.Shared.Storage;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>The ownership rules of the two drivers, as the driver helpers configure them.</summary>
internal static class Ownerships
{
    public static readonly VolumeOwnership Portworx = new(
        new HashSet<string>(StringComparer.Ordinal) { "pxd.portworx.com", "com.openstorage.pxd", "kubernetes.io/portworx-volume" },
        InTreePortworx: true);

    public static VolumeOwnership Csi(string driver) => new(new HashSet<string>(StringComparer.Ordinal) { driver }, InTreePortworx: false);
}
