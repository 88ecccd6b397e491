using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Stork.Tests.Fakes.Kube;

/// <summary>GET of one object, paged list, and create, over the store.</summary>
internal static class KubeReadWrite
{
    public static Task GetAsync(HttpContext context, KubeRoute route, ObjectStore store) =>
        store.Get(route.Type, route.Namespace, route.Name!) is { } obj
            ? FakeKubeResponses.WriteJsonAsync(context, 200, obj)
            : FakeKubeResponses.WriteStatusAsync(context, KubeStatus.NotFound(route.Type, route.Name!));

    public static Task ListAsync(HttpContext context, KubeRoute route, ObjectStore store)
    {
        var query = context.Request.Query;
        var limit = 0;
        if (query.TryGetValue("limit", out var limitText)
            && !int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            return FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest($"invalid limit '{limitText}'"));
        }

        ContinueToken? from = null;
        if (query.TryGetValue("continue", out var token) && (from = ContinueToken.Decode(token.ToString())) is null)
        {
            return FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest("continue key is not valid"));
        }

        var page = store.List(route.Type, route.Namespace, limit, from?.AfterKey, from?.Version);
        if (page is not null && FieldSelector.Parse(query["fieldSelector"]) is { } selector)
        {
            page = page with { Items = [.. page.Items.Where(selector.Matches)] };
        }

        return page is null
            ? FakeKubeResponses.WriteStatusAsync(context, KubeStatus.Expired(
                "The provided continue parameter is too old to display a consistent list result."))
            : FakeKubeResponses.WriteJsonAsync(context, 200, ListBody(route.Type, page));
    }

    public static async Task CreateAsync(HttpContext context, KubeRoute route, ObjectStore store)
    {
        if (await ReadObjectAsync(context.Request) is not { } body)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest("the request body is not a JSON object"));
            return;
        }

        if (route.Namespace is not null && KubeObjects.Namespace(body) is { } ns && ns != route.Namespace)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest(
                "the namespace of the provided object does not match the namespace sent on the request"));
            return;
        }

        JsonObject prepared;
        try
        {
            prepared = KubeObjects.PrepareNew(route.Type, body, route.Namespace);
        }
        catch (ArgumentException e)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.Failure(422, e.Message));
            return;
        }

        var created = store.TryCreate(route.Type, prepared);
        await (created is null
            ? FakeKubeResponses.WriteStatusAsync(context, KubeStatus.AlreadyExists(route.Type, KubeObjects.Name(prepared)!))
            : FakeKubeResponses.WriteJsonAsync(context, 201, created));
    }

    /// <summary>PUT of one object: 404 when absent, 409 when its resourceVersion is stale.</summary>
    public static async Task UpdateAsync(HttpContext context, KubeRoute route, ObjectStore store)
    {
        if (await ReadObjectAsync(context.Request) is not { } body || KubeObjects.Name(body) != route.Name)
        {
            await FakeKubeResponses.WriteStatusAsync(context, KubeStatus.BadRequest("the body is not an object named like the request path"));
            return;
        }

        KubeObjects.Metadata(body)["namespace"] = route.Namespace;
        var updated = store.TryUpdate(route.Type, body, out var conflict);
        await (updated is not null
            ? FakeKubeResponses.WriteJsonAsync(context, 200, updated)
            : FakeKubeResponses.WriteStatusAsync(context, conflict ? KubeStatus.Conflict(route.Type, route.Name!) : KubeStatus.NotFound(route.Type, route.Name!)));
    }

    private static JsonObject ListBody(KubeResourceType type, ListPage page)
    {
        var metadata = new JsonObject { ["resourceVersion"] = page.Version.ToString(CultureInfo.InvariantCulture) };
        if (page.LastKey is { } lastKey)
        {
            metadata["continue"] = new ContinueToken(page.Version, lastKey).Encode();
        }

        return new JsonObject
        {
            ["kind"] = type.Kind + "List",
            ["apiVersion"] = type.ApiVersion,
            ["metadata"] = metadata,
            ["items"] = new JsonArray([.. page.Items]),
        };
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
