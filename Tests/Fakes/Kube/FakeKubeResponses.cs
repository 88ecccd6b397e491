using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Stork.Tests.Fakes.Kube;

/// <summary>Writes JSON answers and Status errors.</summary>
internal static class FakeKubeResponses
{
    public static async Task WriteJsonAsync(HttpContext context, int statusCode, JsonObject body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task WriteStatusAsync(HttpContext context, JsonObject status) =>
        WriteJsonAsync(context, (int)status["code"]!, status);

    public static Task WriteInjectedAsync(HttpContext context, FailureRule rule)
    {
        if (rule.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return WriteStatusAsync(context, KubeStatus.Injected(rule.StatusCode, rule.RetryAfterSeconds));
    }
}
