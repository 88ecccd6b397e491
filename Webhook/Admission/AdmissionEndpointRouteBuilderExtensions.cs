namespace Stork.Webhook.Admission;

public static class AdmissionEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /mutate</c>, the path the MutatingWebhookConfiguration names. The endpoint is a singleton, taken
    /// from the application's services at the first admission rather than through a request scope per admission
    /// (not at map time: resolving it needs the Kubernetes connection).
    /// </summary>
    public static IEndpointConventionBuilder MapAdmission(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var mutate = new Lazy<MutateEndpoint>(services.GetRequiredService<MutateEndpoint>);
        return endpoints.MapPost(MutateEndpoint.Path, context => mutate.Value.HandleAsync(context));
    }
}
