using System.Text.Json;
using Stork.Shared.Json;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Tests.Kube.Decoding;

/// <summary>The decode edges of one cached resource, without its type parameter, so that one test can run
/// over every resource of <see cref="Stork.Tests.Fakes.Kube.MalformedCorpus.Resources"/>; a parsed line also
/// says what <see cref="KubeObjectCheck"/> finds wrong with its object (null: valid).</summary>
internal sealed record CachedResource(
    string Plural,
    Func<string, (WatchEventType Type, RejectedObject? Rejected, string? Problem)> ParseLine,
    Func<string, (IReadOnlyList<IKubeObject> Items, IReadOnlyList<RejectedObject> Rejected)> ParseList)
{
    public static CachedResource Of(string plural) => plural switch
    {
        "nodes" => Of(KubeResources.Nodes),
        "namespaces" => Of(KubeResources.Namespaces),
        "persistentvolumeclaims" => Of(KubeResources.PersistentVolumeClaims),
        "persistentvolumes" => Of(KubeResources.PersistentVolumes),
        "storageclasses" => Of(KubeResources.StorageClasses),
        "csinodes" => Of(KubeResources.CsiNodes),
        "pods" => Of(KubeResources.Pods),
        _ => throw new ArgumentOutOfRangeException(nameof(plural), plural, null),
    };

    public override string ToString() => Plural;

    private static CachedResource Of<T>(KubeResource<T> resource)
        where T : class, IKubeObject => new(
        resource.Plural,
        line =>
        {
            var parsed = WatchLineParser.Parse(line, resource);
            return (parsed.Type, parsed.Rejected, parsed.Object is null ? null : KubeObjectCheck.Problem(parsed.Object, resource.ItemType));
        },
        json =>
        {
            var list = JsonSerializer.Deserialize(json, resource.ListType)!;
            return ([.. list.Items], list.Rejected);
        });
}
