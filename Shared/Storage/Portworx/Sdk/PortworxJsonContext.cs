using System.Text.Json.Serialization;

namespace Stork.Shared.Storage.Portworx.Sdk;

/// <summary>Source-generated serializers for the OpenStorage SDK REST gateway. Unknown fields
/// (int64-as-string counters, pools, disks, ...) are ignored; enums stay strings.</summary>
[JsonSerializable(typeof(SdkNodeEnumerateWithFiltersResponse))]
[JsonSerializable(typeof(SdkVolumeInspectResponse))]
[JsonSerializable(typeof(SdkRuntimeError))]
internal sealed partial class PortworxJsonContext : JsonSerializerContext;
