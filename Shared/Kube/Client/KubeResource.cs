using System.Text.Json.Serialization.Metadata;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Kube.Client;

/// <summary>Where a resource lives in the API and how its JSON is read.</summary>
/// <param name="Plural">The path segment and metric label, e.g. <c>persistentvolumeclaims</c>.</param>
/// <param name="GroupVersionPath"><c>api/v1</c> or <c>apis/storage.k8s.io/v1</c>.</param>
public sealed record KubeResource<T>(
    string Plural,
    string GroupVersionPath,
    bool Namespaced,
    JsonTypeInfo<T> ItemType,
    JsonTypeInfo<KubeList<T>> ListType)
    where T : class, IKubeObject
{
    /// <summary>The collection path across all namespaces (or of a cluster-scoped resource).</summary>
    public string CollectionPath => $"/{GroupVersionPath}/{Plural}";

    /// <summary>A field selector (e.g. <c>spec.schedulerName=stork</c>) sent on every list and watch, so only
    /// matching objects are held; null for all.</summary>
    public string? FieldSelector { get; init; }

    /// <summary>What a cache keeps of each object it lists or watches, e.g. only the fields its readers use, so that
    /// what no reader needs is not held for the object's lifetime; null keeps the object as decoded. It must keep
    /// the name, namespace and resourceVersion.</summary>
    public Func<T, T>? Keep { get; init; }

    /// <summary>The <c>&amp;fieldSelector=</c> query part, or empty.</summary>
    internal string FieldSelectorQuery =>
        string.IsNullOrEmpty(FieldSelector) ? "" : "&fieldSelector=" + Uri.EscapeDataString(FieldSelector);

    /// <summary>The part of <paramref name="decoded"/> a cache holds (<see cref="Keep"/>).</summary>
    internal T Kept(T decoded) => Keep is null ? decoded : Keep(decoded);

    public string ItemPath(string? @namespace, string name) =>
        Namespaced
            ? $"/{GroupVersionPath}/namespaces/{Uri.EscapeDataString(@namespace ?? "")}/{Plural}/{Uri.EscapeDataString(name)}"
            : $"/{GroupVersionPath}/{Plural}/{Uri.EscapeDataString(name)}";
}
