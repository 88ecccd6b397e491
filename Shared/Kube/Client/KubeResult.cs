namespace Stork.Shared.Kube.Client;

/// <summary>An API answer: a value, or the error the server (or the network) gave.</summary>
public readonly record struct KubeResult<T>(T? Value, KubeApiError? Error)
    where T : class
{
    public bool IsSuccess => Error is null;

    public static KubeResult<T> Ok(T value) => new(value, null);

    public static KubeResult<T> Fail(KubeApiError error) => new(null, error);
}
