namespace Stork.Webhook.Admission;

public static class AdmissionEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /mutate</c>, the path the MutatingWebhookConfiguration names.</summary>
    public static IEndpointConventionBuilder MapAdmission(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MutateEndpoint.Path, context => context.RequestServices.GetRequiredService<MutateEndpoint>().HandleAsync(context));
}
