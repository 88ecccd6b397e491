using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>Navigation over YamlDotNet's representation model; a missing node fails the test.</summary>
internal static class YamlNodes
{
    /// <summary>The node at a dot-separated path of mapping keys, e.g. <c>spec.template.spec</c>.</summary>
    public static YamlNode At(this YamlNode node, string path)
    {
        foreach (var key in path.Split('.'))
            node = node.Find(key) ?? throw new AssertionException($"missing '{key}' of '{path}'");
        return node;
    }

    /// <summary>The child under a single key (which may contain dots), or null.</summary>
    public static YamlNode? Find(this YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string Str(this YamlNode node, string path) => node.At(path).Scalar();

    public static string? StrOrNull(this YamlNode node, string key) =>
        node.Find(key) is YamlScalarNode scalar ? scalar.Value : null;

    public static string Scalar(this YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new AssertionException($"not a scalar: {node}");

    public static IReadOnlyList<YamlNode> Items(this YamlNode node, string path) =>
        node.At(path) is YamlSequenceNode seq ? seq.Children.ToList() : throw new AssertionException($"'{path}' is not a list");

    public static IReadOnlyList<YamlNode> ItemsOrEmpty(this YamlNode node, string key) =>
        node.Find(key) is YamlSequenceNode seq ? seq.Children.ToList() : [];

    /// <summary>The node written back as a YAML document, for whole-object comparison.</summary>
    public static string Text(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public static IReadOnlyList<string> Strings(this YamlNode node, string path) =>
        node.Items(path).Select(i => i.Scalar()).ToList();
}
