using System.Text.Json.Serialization;

namespace Stork.Shared.Snapshot;

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(StorageTopologyDocument))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
