using Stork.Shared.Annotations;

namespace Stork.Scoring.Placement;

/// <summary>The pod's scheduling annotations, parsed once.</summary>
/// <param name="PreferLocalNodeOnly"><c>stork.libopenstorage.org/preferLocalNodeOnly</c>: only nodes
/// holding a replica of every (hyperconverged) volume pass the filter.</param>
/// <param name="DisableHyperconvergence"><c>stork.libopenstorage.org/disableHyperconvergence</c>: every
/// node scores the default.</param>
/// <param name="MalformedKeys">Annotation keys whose value is not a Go boolean (counted as false).</param>
internal sealed record PodSchedulingOptions(
    bool PreferLocalNodeOnly,
    bool DisableHyperconvergence,
    IReadOnlyList<string> MalformedKeys)
{
    public static readonly PodSchedulingOptions None = new(false, false, []);

    public static PodSchedulingOptions FromAnnotations(IReadOnlyDictionary<string, string>? annotations)
    {
        List<string>? malformed = null;
        var local = LabelFlags.Read(annotations, AnnotationKeys.PreferLocalNodeOnly, false, ref malformed);
        var disable = LabelFlags.Read(annotations, AnnotationKeys.DisableHyperconvergence, false, ref malformed);
        return new(local, disable, malformed ?? (IReadOnlyList<string>)[]);
    }
}
