using Stork.Shared.Annotations;

namespace Stork.Scoring.Placement;

/// <summary>The placement switches a volume carries in its merged labels.</summary>
/// <param name="Windows"><c>winshare=true</c>: a Windows (SMB) share; placement is not locality-driven.</param>
/// <param name="SkipScoring"><c>stork.libopenstorage.org/skipSchedulerScoring=true</c>.</param>
/// <param name="PreferRemoteNode"><c>stork.libopenstorage.org/preferRemoteNode</c> (default true).</param>
/// <param name="PreferRemoteNodeOnly"><c>stork.libopenstorage.org/preferRemoteNodeOnly=true</c>.</param>
/// <param name="MalformedKeys">Keys whose value is not a Go boolean (counted as the default).</param>
internal sealed record VolumeFlags(
    bool Windows,
    bool SkipScoring,
    bool PreferRemoteNode,
    bool PreferRemoteNodeOnly,
    IReadOnlyList<string> MalformedKeys)
{
    public static VolumeFlags Parse(IReadOnlyDictionary<string, string> labels)
    {
        List<string>? malformed = null;
        var windows = LabelFlags.Read(labels, AnnotationKeys.WindowsShare, false, ref malformed);
        var skip = LabelFlags.Read(labels, AnnotationKeys.SkipSchedulerScoring, false, ref malformed);
        var remote = LabelFlags.Read(labels, AnnotationKeys.PreferRemoteNode, true, ref malformed);
        var remoteOnly = LabelFlags.Read(labels, AnnotationKeys.PreferRemoteNodeOnly, false, ref malformed);
        return new(windows, skip, remote, remoteOnly, malformed ?? (IReadOnlyList<string>)[]);
    }
}
