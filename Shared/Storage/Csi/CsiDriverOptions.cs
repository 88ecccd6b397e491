namespace Stork.Shared.Storage.Csi;

/// <summary>Options of <c>--driver csi</c>: the CSI driver / provisioner names whose volumes it owns
/// (e.g. <c>topolvm.io</c>, <c>local.csi.openebs.io</c>).
/// <para>Configuration key <c>csi-driver</c>, from the command-line flag <c>--csi-driver NAME</c>, which
/// may be repeated (it becomes the array <c>csi-driver:0</c>, <c>csi-driver:1</c>, ..., as in a
/// configuration file or environment) or comma-separated (<c>--csi-driver topolvm.io,local.csi.openebs.io</c>).
/// All forms combine; names are trimmed, empty ones dropped, duplicates removed.</para></summary>
internal sealed class CsiDriverOptions
{
    public const string ConfigKey = "csi-driver";

    public const string MissingDriversError =
        "--driver csi needs the names of the CSI drivers it schedules for: pass --csi-driver NAME "
        + "(several: repeat the flag, --csi-driver topolvm.io --csi-driver local.csi.openebs.io, or comma-separate them) "
        + "or set csi-driver:0, csi-driver:1, ... in configuration.";

    public IReadOnlyList<string> Drivers { get; set; } = [];
}
