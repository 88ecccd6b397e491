using k8s.Authentication;

namespace Stork.Shared.Kube.Connection;

/// <summary>Applies the package's credentials (bearer token, exec plugin, OIDC, token file) to every request,
/// retries and watches included; a failure to get them becomes a <see cref="KubeCredentialsException"/>.</summary>
internal sealed class KubeCredentialsHandler(ServiceClientCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            await credentials.ProcessHttpRequestAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new KubeCredentialsException($"cannot get the credentials for the API server: {e.Message}", e);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
