using System.Text.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Mutation;

/// <summary>What the decision reads from an AdmissionRequest.</summary>
/// <param name="Operation">CREATE, UPDATE, DELETE or CONNECT.</param>
/// <param name="Group">The API group of <c>request.kind</c> (empty for core).</param>
/// <param name="Kind"><c>request.kind.kind</c>.</param>
/// <param name="SubResource"><c>request.subResource</c> (empty for the object itself).</param>
/// <param name="Namespace">The pod's <c>metadata.namespace</c>, else <c>request.namespace</c>.</param>
/// <param name="Pod">The object decoded as a Pod (only for Pod requests).</param>
/// <param name="Object">The raw UTF-8 JSON of <c>request.object</c> the patch is built against (empty when absent).
/// The webhook passes a slice of the pooled request body: it is valid only while the admission is being decided.</param>
internal sealed record AdmissionFacts(
    string Operation,
    string Group,
    string Kind,
    string SubResource,
    string? Namespace,
    Pod? Pod,
    ReadOnlyMemory<byte> Object)
{
    /// <summary>The facts of an object held as a <see cref="JsonElement"/> (<c>explain</c> reads the pod from a file).</summary>
    public AdmissionFacts(string operation, string group, string kind, string subResource, string? @namespace, Pod? pod, JsonElement @object)
        : this(operation, group, kind, subResource, @namespace, pod, RawJson.Of(@object))
    {
    }

    public bool IsPodCreate =>
        Operation == "CREATE" && Group.Length == 0 && Kind == "Pod" && SubResource.Length == 0
        && Pod is not null && RawJson.IsObject(Object.Span);

    /// <summary>The pod's name, or its generateName prefix before the API server assigns one.</summary>
    public string PodName => Pod?.Metadata.Name is { Length: > 0 } name ? name : Pod?.Metadata.GenerateName ?? "";

    public string Describe()
    {
        var kind = Group.Length == 0 ? Kind : $"{Kind}.{Group}";
        return SubResource.Length == 0 ? $"{Operation} {kind}" : $"{Operation} {kind}/{SubResource}";
    }
}
