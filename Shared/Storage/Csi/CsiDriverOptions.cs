namespace Stork.Shared.Storage.Csi;

/// <summary>Options of <c>--driver csi</c>: the CSI driver / provisioner names whose volumes it owns
/// (e.g. <c>topolvm.io</c>, <c>local.csi.openebs.io</c>).
/// <para>Configuration key <c>csi-driver</c>, from the command-line flag <c>--csi-driver NAME</c>.
/// ASP.NET's command-line configuration keeps only the LAST of repeated flags, so several names are
/// given comma-separated (<c>--csi-driver topolvm.io,local.csi.openebs.io</c>) or, in a configuration
/// file or environment, as the array <c>csi-driver:0</c>, <c>csi-driver:1</c>, .... All forms combine;
/// names are trimmed, empty ones dropped, duplicates removed.</para></summary>
internal sealed class CsiDriverOptions
{
    public const string ConfigKey = "csi-driver";

    public const string MissingDriversError =
        "--driver csi needs the names of the CSI drivers it schedules for: pass --csi-driver NAME "
        + "(several comma-separated: --csi-driver topolvm.io,local.csi.openebs.io; a repeated flag keeps only the last) "
        + "or set csi-driver:0, csi-driver:1, ... in configuration.";

    public IReadOnlyList<string> Drivers { get; set; } = [];
}
