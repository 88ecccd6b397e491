namespace Stork.Scoring.Placement;

/// <summary>Points per volume for a placement level.
/// <para><b>Stork scale</b> (integer points, summed over volumes): replica 100, rack 50, zone 25,
/// region 10, none 0. A StorageDown node gets half of the rack points for a replica and half of the
/// level's points otherwise, truncated per volume: replica 25, rack 25, zone 12, region 5 (Stork's
/// <c>int(points * 50 / 100)</c>).</para>
/// <para><b>Normalized scale</b> (tenths of a point, averaged later): replica 100 (10.0), rack 60 (6.0),
/// zone 30 (3.0), region 10 (1.0), none 0; StorageDown keeps Stork's ordering: replica and rack 30
/// (3.0, equal to an Online zone as in Stork), zone 15 (1.5), region 5 (0.5).</para></summary>
internal static class ScoreTable
{
    /// <summary>Stork's default score: nodes that gained nothing, and replica nodes of volumes that
    /// prefer remote nodes.</summary>
    public const int StorkDefault = 5;

    /// <summary>Stork's bonus for an Online node holding no replica of a remote-preferring volume.</summary>
    public const int StorkRemoteBonus = 100;

    /// <summary>Normalized scale: the remote-preferring volumes' component for an Online node holding
    /// none of their replicas, in tenths (10.0).</summary>
    public const int NormalizedRemoteBonusTenths = 100;

    public static int Points(ScoreScale scale, PlacementLevel level, bool storageDown) =>
        (scale, storageDown) switch
        {
            (ScoreScale.Stork, false) => level switch
            {
                PlacementLevel.Replica => 100,
                PlacementLevel.Rack => 50,
                PlacementLevel.Zone => 25,
                PlacementLevel.Region => 10,
                _ => 0,
            },
            (ScoreScale.Stork, true) => level switch
            {
                PlacementLevel.Replica or PlacementLevel.Rack => 25,
                PlacementLevel.Zone => 12,
                PlacementLevel.Region => 5,
                _ => 0,
            },
            (_, false) => level switch
            {
                PlacementLevel.Replica => 100,
                PlacementLevel.Rack => 60,
                PlacementLevel.Zone => 30,
                PlacementLevel.Region => 10,
                _ => 0,
            },
            (_, true) => level switch
            {
                PlacementLevel.Replica or PlacementLevel.Rack => 30,
                PlacementLevel.Zone => 15,
                PlacementLevel.Region => 5,
                _ => 0,
            },
        };
}
