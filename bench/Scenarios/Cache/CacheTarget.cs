using System.Text.Json;
using Stork.Bench.Reporting;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;

namespace Stork.Bench.Scenarios.Cache;

/// <summary>A resource as the services cache it.</summary>
internal sealed class CacheTarget<T>(KubeResource<T> resource) : ICacheTarget
    where T : class, IKubeObject
{
    public string Resource => resource.Plural;

    public string CollectionPath => resource.CollectionPath;

    public string SelectorQuery => resource.FieldSelectorQuery;

    public ICacheUnderTest CreateCache() => new CacheUnderTest<T>(resource);

    public ParseApplyCost MeasureParseApply(IReadOnlyList<byte[]> pages)
    {
        var (items, parse) = ThreadWork.Measure(() => pages.SelectMany(page => JsonSerializer.Deserialize(page, resource.ListType)!.Items).ToList());
        var cache = new ResourceCache<T>(resource);
        var (_, apply) = ThreadWork.Measure(() =>
        {
            cache.Replace(items);
            return cache.Count;
        });
        return new(items.Count, parse, apply);
    }
}
