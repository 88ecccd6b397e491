using System.Text.Json.Serialization;

namespace Stork.Deploy.Tests.Images;

/// <summary>Exec-form instruction arguments (<c>["dotnet", "app.dll"]</c>).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
