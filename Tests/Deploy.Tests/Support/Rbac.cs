using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>RBAC rules flattened to one "verb resource[.group] [names]" grant each, for set comparison.</summary>
internal static class Rbac
{
    public static IReadOnlyList<string> Grants(YamlNode role) =>
        role.Items("rules").SelectMany(Flatten).ToList();

    public static IReadOnlyList<string> Reads(IEnumerable<ResourceRef> resources) =>
        resources.SelectMany(r => new[] { "get", "list", "watch" }.Select(verb => Grant(verb, r, []))).ToList();

    public static string Grant(string verb, ResourceRef resource, IReadOnlyList<string> names) =>
        names.Count == 0 ? $"{verb} {resource}" : $"{verb} {resource} {string.Join(',', names)}";

    /// <summary>The (Cluster)Roles bound to a ServiceAccount, as "Kind/name".</summary>
    public static IReadOnlyList<string> BoundRoles(Rendering rendering, string serviceAccount, string @namespace) =>
        rendering.All("ClusterRoleBinding").Concat(rendering.All("RoleBinding"))
            .Where(b => b.Items("subjects").Any(s =>
                s.Str("kind") == "ServiceAccount" && s.Str("name") == serviceAccount && s.Str("namespace") == @namespace))
            .Select(b => $"{b.Str("roleRef.kind")}/{b.Str("roleRef.name")}")
            .ToList();

    private static IEnumerable<string> Flatten(YamlNode rule)
    {
        var names = rule.ItemsOrEmpty("resourceNames").Select(n => n.Scalar()).ToList();
        return from groupName in rule.Strings("apiGroups")
               from resource in rule.Strings("resources")
               from verb in rule.Strings("verbs")
               select Grant(verb, new ResourceRef(groupName, resource), names);
    }
}
