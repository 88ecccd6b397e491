namespace Stork.Shared.Kube.Connection;

/// <summary>The connection to the API server is not configured, or configured in a way this service cannot use.</summary>
public sealed class KubeConfigException : Exception
{
    public KubeConfigException()
    {
    }

    public KubeConfigException(string message)
        : base(message)
    {
    }

    public KubeConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
