namespace Stork.Tests.Fakes.Kube;

/// <summary>What a request path names: a collection (optionally within a namespace) or one object.</summary>
internal sealed record KubeRoute(KubeResourceType Type, string? Namespace, string? Name)
{
    private static readonly string[] GroupVersions = ["api/v1", "apis/storage.k8s.io/v1", "apis/coordination.k8s.io/v1"];

    public bool IsItem => Name is not null;

    public static KubeRoute? Parse(string path)
    {
        foreach (var groupVersion in GroupVersions)
        {
            var prefix = "/" + groupVersion + "/";
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var segments = path[prefix.Length..].TrimEnd('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
                return Parse(groupVersion, segments);
            }
        }

        return null;
    }

    /// <summary>The collection named by <paramref name="collectionPath"/>; throws for anything else.</summary>
    public static KubeRoute Collection(string collectionPath) =>
        Parse(collectionPath) is { IsItem: false } route
            ? route
            : throw new ArgumentException($"'{collectionPath}' is not a collection path the fake serves", nameof(collectionPath));

    private static KubeRoute? Parse(string groupVersion, string[] segments) => segments switch
    {
        [var plural] when Find(groupVersion, plural) is { } type => new KubeRoute(type, null, null),
        [var plural, var name] when Find(groupVersion, plural) is { Namespaced: false } type => new KubeRoute(type, null, name),
        ["namespaces", var ns, var plural] when Find(groupVersion, plural) is { Namespaced: true } type => new KubeRoute(type, ns, null),
        ["namespaces", var ns, var plural, var name] when Find(groupVersion, plural) is { Namespaced: true } type => new KubeRoute(type, ns, name),
        _ => null,
    };

    private static KubeResourceType? Find(string groupVersion, string plural) =>
        KubeResourceType.All.FirstOrDefault(t => t.GroupVersionPath == groupVersion && t.Plural == plural);
}
