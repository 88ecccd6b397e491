namespace Stork.Shared.Kube.Connection;

/// <summary>The credentials of a request could not be obtained: a token file that cannot be read, an exec
/// plugin that fails, an OIDC refresh that is refused. The API client turns it into a <c>Credentials</c> error.</summary>
public sealed class KubeCredentialsException : Exception
{
    public KubeCredentialsException()
    {
    }

    public KubeCredentialsException(string message)
        : base(message)
    {
    }

    public KubeCredentialsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
