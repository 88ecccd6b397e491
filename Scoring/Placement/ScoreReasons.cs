namespace Stork.Scoring.Placement;

/// <summary>The explain texts of prioritize.</summary>
internal static class ScoreReasons
{
    public const string HyperconvergenceDisabled =
        "Pod annotation disableHyperconvergence: every node scores the default";

    public const string NoDriverVolumes = "Pod uses no volume of the storage driver: every node scores the default";

    public const string NothingToScore =
        "No volume to score (skipSchedulerScoring, Windows shares or not provisioned yet): every node scores the default";

    /// <summary>The failure path (<see cref="FailurePaths"/>).</summary>
    public const string InternalError = "internal error: default scores";

    public const string NotStorageNode = "No storage driver node runs on this node (0)";

    public static string Rejected(string filterReason) => filterReason + ": every node scores the default";

    public static string LookupFailed(string message) =>
        "Cannot read the pod's claims: every node scores the default (" + message + ")";

    public static string DriverError(string message) =>
        "Storage driver unavailable: every node scores the default (" + message + ")";

    public static string Scored(int volumes, int remote) =>
        "Scored " + volumes + " volume(s) by locality, " + remote + " volume(s) preferring remote nodes";

    public static string Volume(PodVolume volume, PlacementLevel level, bool storageDown, int points, ScoreScale scale)
    {
        var where = level switch
        {
            PlacementLevel.Replica => "replica on this node",
            PlacementLevel.Rack => "same rack as a replica",
            PlacementLevel.Zone => "same zone as a replica",
            PlacementLevel.Region => "same region as a replica",
            _ => "no replica nearby",
        };
        var down = storageDown ? ", storage down" : "";
        return volume.DisplayName + ": " + where + down + " (+" + Format(points, scale) + ")";
    }

    public static string RemoteReplica(ScoreScale scale) =>
        "Holds a replica of a volume preferring remote nodes (score set to " + Format(DefaultPoints(scale), scale) + ")";

    public static string RemoteBonus(ScoreScale scale) =>
        "Holds no replica of the volumes preferring remote nodes (+" + Format(BonusPoints(scale), scale) + ")";

    public static string Default(ScoreScale scale) => "No locality (default " + Format(DefaultPoints(scale), scale) + ")";

    /// <summary>Normalized scale: how the points were averaged.</summary>
    public static string Average(long tenths, int components, long score) =>
        "Average of " + components + " component(s): " + (tenths / (10.0 * components)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
        + ", rounded to " + score;

    private static int DefaultPoints(ScoreScale scale) => scale == ScoreScale.Stork ? ScoreTable.StorkDefault : 0;

    private static int BonusPoints(ScoreScale scale) =>
        scale == ScoreScale.Stork ? ScoreTable.StorkRemoteBonus : ScoreTable.NormalizedRemoteBonusTenths;

    /// <summary>Stork points as is; normalized tenths as a decimal (<c>15</c> → <c>1.5</c>).</summary>
    private static string Format(int points, ScoreScale scale) =>
        scale == ScoreScale.Stork || points % 10 == 0
            ? (scale == ScoreScale.Stork ? points : points / 10).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : (points / 10.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
