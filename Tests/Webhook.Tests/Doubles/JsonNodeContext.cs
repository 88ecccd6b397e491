using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Stork.Webhook.Tests.Doubles;

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class JsonNodeContext : JsonSerializerContext;
