namespace Stork.Scoring.Extender;

/// <summary>A decoded ExtenderArgs, or why the body is not one.</summary>
internal readonly record struct ArgsRead(ExtenderArgs? Args, string? Error);
