using System.Text.Json.Serialization;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>The source-generated serializer of the patch (<see cref="AdmissionAnswer"/> writes the rest of the answer itself).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<PatchOperation>))]
internal sealed partial class AdmissionJsonContext : JsonSerializerContext;
