using System.Text.Json.Serialization;
using Stork.Shared.Kube.Models;

namespace Stork.Shared.Json;

/// <summary>Source-generated serializers for the Kubernetes API boundary. Unknown fields are
/// ignored on read; nulls are left out on write, as the API server does.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Node))]
[JsonSerializable(typeof(Namespace))]
[JsonSerializable(typeof(PersistentVolumeClaim))]
[JsonSerializable(typeof(PersistentVolume))]
[JsonSerializable(typeof(StorageClass))]
[JsonSerializable(typeof(CsiNode))]
[JsonSerializable(typeof(Pod))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(WatchEvent))]
[JsonSerializable(typeof(ObjectMeta))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(KubeList<Node>))]
[JsonSerializable(typeof(KubeList<Namespace>))]
[JsonSerializable(typeof(KubeList<PersistentVolumeClaim>))]
[JsonSerializable(typeof(KubeList<PersistentVolume>))]
[JsonSerializable(typeof(KubeList<StorageClass>))]
[JsonSerializable(typeof(KubeList<CsiNode>))]
[JsonSerializable(typeof(KubeList<Pod>))]
internal sealed partial class KubeJsonContext : JsonSerializerContext;
