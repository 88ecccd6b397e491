using System.Text.Json.Serialization;

namespace Stork.Scoring.Explain;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(PlacementExplanation))]
[JsonSerializable(typeof(RunningPodExplanation))]
internal sealed partial class ScoringJsonContext : JsonSerializerContext;
