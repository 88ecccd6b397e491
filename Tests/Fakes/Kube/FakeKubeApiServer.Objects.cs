using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The test API for objects. A collection path is the list path of a resource, e.g.
/// <c>/api/v1/persistentvolumeclaims</c> or <c>/api/v1/namespaces/{ns}/persistentvolumeclaims</c>.</summary>
internal sealed partial class FakeKubeApiServer
{
    /// <summary>The events created through <c>POST /api/v1/namespaces/{ns}/events</c> (or <see cref="Add(string, JsonObject)"/>).</summary>
    public IReadOnlyList<JsonObject> Events => _store.All(KubeResourceType.Events);

    /// <summary>Creates an object (stamping kind, apiVersion, uid, creationTimestamp, resourceVersion) and
    /// tells the watches; returns it as stored. Throws when it exists.</summary>
    public JsonObject Add(string collectionPath, JsonObject obj)
    {
        var route = KubeRoute.Collection(collectionPath);
        var prepared = KubeObjects.PrepareNew(route.Type, obj, route.Namespace);
        return _store.TryCreate(route.Type, prepared)
            ?? throw new InvalidOperationException($"{collectionPath}: '{KubeObjects.Key(route.Type, prepared)}' already exists");
    }

    public JsonObject Add(string collectionPath, string json) => Add(collectionPath, JsonNode.Parse(json)!.AsObject());

    /// <summary>Replaces an existing object (a MODIFIED event); throws when it does not exist.</summary>
    public JsonObject Update(string collectionPath, JsonObject obj)
    {
        var route = KubeRoute.Collection(collectionPath);
        return _store.TryReplace(route.Type, obj)
            ?? throw new InvalidOperationException($"{collectionPath}: '{KubeObjects.Key(route.Type, obj)}' does not exist");
    }

    /// <summary>Deletes an object (a DELETED event); false when it did not exist.</summary>
    public bool Delete(string collectionPath, string? @namespace, string name) =>
        _store.TryRemove(KubeRoute.Collection(collectionPath).Type, @namespace, name) is not null;

    /// <summary>Adds many objects, e.g. to test paging.</summary>
    public void Seed(string collectionPath, IEnumerable<JsonObject> objects)
    {
        foreach (var obj in objects)
        {
            Add(collectionPath, obj);
        }
    }

    public JsonObject? Get(string collectionPath, string? @namespace, string name) =>
        _store.Get(KubeRoute.Collection(collectionPath).Type, @namespace, name);

    /// <summary>How many objects the collection holds (within its namespace when the path names one).</summary>
    public int Count(string collectionPath)
    {
        var route = KubeRoute.Collection(collectionPath);
        return _store.Count(route.Type, route.Namespace);
    }
}
