namespace Stork.Shared.Kube.Connection;

/// <summary>The bearer token to send now.</summary>
internal interface ITokenSource
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
