namespace Stork.Shared.Kube.Connection;

/// <summary>A token that never changes (kubeconfig <c>token</c>).</summary>
internal sealed class StaticTokenSource(string token) : ITokenSource
{
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
