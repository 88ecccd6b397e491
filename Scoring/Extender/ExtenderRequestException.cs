namespace Stork.Scoring.Extender;

/// <summary>A request the extender cannot read; answered with HTTP 400 and this message.</summary>
internal sealed class ExtenderRequestException : Exception
{
    public ExtenderRequestException(string message)
        : base(message)
    {
    }

    public ExtenderRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
