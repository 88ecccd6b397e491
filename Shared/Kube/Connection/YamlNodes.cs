using YamlDotNet.RepresentationModel;

namespace Stork.Shared.Kube.Connection;

/// <summary>Reading values out of a YAML mapping; absent, empty and null values read as null.</summary>
internal static class YamlNodes
{
    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string? Scalar(YamlMappingNode mapping, string key) =>
        Child(mapping, key) is YamlScalarNode { Value: { Length: > 0 } value } && value is not ("~" or "null") ? value : null;

    public static YamlMappingNode? Mapping(YamlMappingNode mapping, string key) => Child(mapping, key) as YamlMappingNode;

    public static IEnumerable<YamlMappingNode> Entries(YamlMappingNode mapping, string key) =>
        (Child(mapping, key) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];

    public static bool Flag(YamlMappingNode mapping, string key) =>
        Scalar(mapping, key) is { } value && bool.TryParse(value, out var flag) && flag;
}
