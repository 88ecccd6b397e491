using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Deploy.Tests.Support;

/// <summary>An API resource as RBAC names it: group ("" for core) and plural.</summary>
internal sealed record ResourceRef(string Group, string Plural)
{
    public static ResourceRef Of<T>(KubeResource<T> resource)
        where T : class, IKubeObject
    {
        var path = resource.GroupVersionPath;
        var group = path.StartsWith("apis/", StringComparison.Ordinal) ? path.Split('/')[1] : "";
        return new ResourceRef(group, resource.Plural);
    }

    public override string ToString() => Group.Length == 0 ? Plural : $"{Plural}.{Group}";
}
