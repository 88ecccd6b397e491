using System.Text.Json.Serialization;
using Stork.Shared.Mutation;

namespace Stork.Webhook.Admission;

/// <summary>Source-generated serializers of the admission boundary. Unknown fields are ignored on read;
/// nulls are left out on write.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdmissionReview))]
[JsonSerializable(typeof(IReadOnlyList<PatchOperation>))]
internal sealed partial class AdmissionJsonContext : JsonSerializerContext;
