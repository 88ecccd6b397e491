using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>A multi-document YAML stream of Kubernetes objects.</summary>
internal sealed class Rendering
{
    private Rendering(string text, IReadOnlyList<YamlMappingNode> objects)
    {
        Text = text;
        Objects = objects;
    }

    public string Text { get; }

    public IReadOnlyList<YamlMappingNode> Objects { get; }

    public static Rendering Parse(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
            stream.Load(reader);
        var objects = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
        return new Rendering(yaml, objects);
    }

    public static Rendering Load(string path) => Parse(File.ReadAllText(path));

    public IEnumerable<YamlMappingNode> All(string kind) =>
        Objects.Where(o => o.Str("kind") == kind);

    /// <summary>The object of this kind and name; a generated ConfigMap matches with its hash suffix.</summary>
    public YamlMappingNode One(string kind, string name)
    {
        var matches = All(kind).Where(o => NameMatches(o.At("metadata").Str("name"), name)).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"{kind}/{name}");
        return matches[0];
    }

    private static bool NameMatches(string actual, string name) =>
        actual == name || (actual.StartsWith(name + "-", StringComparison.Ordinal) && actual.Length == name.Length + 11);
}
