namespace Stork.Shared.Hosting.Flags;

/// <summary>How a flag's value is read from the command line.</summary>
internal enum FlagKind
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A file path (relative paths are read from the directory the command was run in).</summary>
    Path,

    /// <summary>A Go boolean: alone means true; <c>--flag=false</c> and <c>--flag false</c> alike.</summary>
    Boolean,

    /// <summary>A Go duration (<c>2s</c>, <c>500ms</c>, <c>1m30s</c>) or <c>hh:mm:ss</c>.</summary>
    Duration,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>One of <see cref="Flag.Choices"/>, matched without regard to case.</summary>
    Choice,

    /// <summary>Repeatable, each value may also be comma-separated.</summary>
    List,
}
