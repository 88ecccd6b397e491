using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>The pod template of a Deployment and its containers, sidecars (init containers) included.</summary>
internal static class Pods
{
    public static YamlNode Spec(Rendering rendering, string deployment) =>
        rendering.One("Deployment", deployment).At("spec.template.spec");

    public static IReadOnlyList<YamlNode> AllContainers(YamlNode podSpec) =>
        [.. podSpec.ItemsOrEmpty("initContainers"), .. podSpec.Items("containers")];

    public static YamlNode Container(Rendering rendering, string deployment, string name) =>
        AllContainers(Spec(rendering, deployment)).Single(c => c.Str("name") == name);

    public static IReadOnlyDictionary<string, string> Labels(Rendering rendering, string deployment) =>
        MatchLabels(rendering.One("Deployment", deployment).At("spec.template.metadata.labels"));

    public static IReadOnlyDictionary<string, string> MatchLabels(YamlNode labels) =>
        ((YamlMappingNode)labels).Children.ToDictionary(p => p.Key.Scalar(), p => p.Value.Scalar(), StringComparer.Ordinal);

    public static bool Selects(YamlNode matchLabels, IReadOnlyDictionary<string, string> podLabels) =>
        MatchLabels(matchLabels).All(p => podLabels.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <summary>The container port number a Service targetPort or probe port (number or name) refers to.</summary>
    public static int ResolvePort(YamlNode container, string port) =>
        int.TryParse(port, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : int.Parse(container.Items("ports").Single(p => p.StrOrNull("name") == port).Str("containerPort"),
                System.Globalization.CultureInfo.InvariantCulture);
}
