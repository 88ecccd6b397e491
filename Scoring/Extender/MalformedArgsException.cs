namespace Stork.Scoring.Extender;

/// <summary>Unwinds the one-pass decoder out of a malformed ExtenderArgs; never leaves
/// <see cref="ExtenderArgsReader.Read"/>, which turns it into an <see cref="ArgsRead"/> error.</summary>
internal sealed class MalformedArgsException : Exception
{
    public MalformedArgsException(string message)
        : base(message)
    {
    }

    public MalformedArgsException()
    {
    }

    public MalformedArgsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
