using System.Net.Http.Headers;

namespace Stork.Shared.Kube.Connection;

/// <summary>Adds <c>Authorization: Bearer</c> with the token the source gives for each request.</summary>
internal sealed class BearerTokenHandler(ITokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
