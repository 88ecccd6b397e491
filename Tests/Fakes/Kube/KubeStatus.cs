using System.Text.Json.Nodes;

namespace Stork.Tests.Fakes.Kube;

/// <summary>The API server's <c>Status</c> error objects.</summary>
internal static class KubeStatus
{
    public static JsonObject Failure(int code, string message, JsonObject? details = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = Reason(code),
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = code;
        return status;
    }

    public static JsonObject NotFound(KubeResourceType type, string name) =>
        Failure(404, $"{Qualified(type)} \"{name}\" not found", Details(type, name));

    public static JsonObject AlreadyExists(KubeResourceType type, string name) =>
        Failure(409, $"{Qualified(type)} \"{name}\" already exists", Details(type, name));

    public static JsonObject Conflict(KubeResourceType type, string name) =>
        Failure(409, $"Operation cannot be fulfilled on {Qualified(type)} \"{name}\": the object has been modified", Details(type, name));

    public static JsonObject Expired(string message) => Failure(410, message);

    public static JsonObject Unauthorized() => Failure(401, "Unauthorized");

    public static JsonObject BadRequest(string message) => Failure(400, message);

    /// <summary>A failure a test injected; a 429 reads as the real server's throttling answer.</summary>
    public static JsonObject Injected(int code, int? retryAfterSeconds) => Failure(
        code,
        code == 429 ? "Too many requests, please try again later." : $"injected failure ({code})",
        retryAfterSeconds is { } seconds ? new JsonObject { ["retryAfterSeconds"] = seconds } : null);

    public static string Reason(int code) => code switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "AlreadyExists", // also Conflict: the fake does not tell them apart by code
        410 => "Expired",
        422 => "Invalid",
        429 => "TooManyRequests",
        500 => "InternalError",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ => "Unknown",
    };

    private static string Qualified(KubeResourceType type) =>
        type.Group.Length == 0 ? type.Plural : $"{type.Plural}.{type.Group}";

    private static JsonObject Details(KubeResourceType type, string name)
    {
        var details = new JsonObject { ["name"] = name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        return details;
    }
}
