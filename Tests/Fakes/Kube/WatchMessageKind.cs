namespace Stork.Tests.Fakes.Kube;

internal enum WatchMessageKind
{
    /// <summary>Write the line and go on.</summary>
    Line,

    /// <summary>Write the line, if any, and end the stream cleanly.</summary>
    Close,

    /// <summary>Abort the connection mid-stream.</summary>
    Abort,
}
