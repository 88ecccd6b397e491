namespace Stork.Shared.Storage;

/// <summary>A driver answer or the reason there is none (driver down, deadline, not found).</summary>
public readonly record struct DriverResult<T>(T? Value, string? Error)
    where T : class
{
    public bool IsSuccess => Error is null;

    public static DriverResult<T> Ok(T value) => new(value, null);

    public static DriverResult<T> Fail(string error) => new(null, error);
}
