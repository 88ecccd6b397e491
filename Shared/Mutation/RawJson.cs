using System.Runtime.InteropServices;
using System.Text.Json;

namespace Stork.Shared.Mutation;

/// <summary>Raw UTF-8 JSON values, as the request carried them.</summary>
internal static class RawJson
{
    /// <summary>True when <paramref name="json"/> starts with an object (empty input is no object); the rest is not validated.</summary>
    public static bool IsObject(ReadOnlySpan<byte> json) => json.TrimStart(" \t\r\n"u8) is [(byte)'{', ..];

    /// <summary>The exact bytes of <paramref name="element"/>; empty for an undefined element.</summary>
    public static ReadOnlyMemory<byte> Of(JsonElement element) =>
        element.ValueKind == JsonValueKind.Undefined ? ReadOnlyMemory<byte>.Empty : JsonMarshal.GetRawUtf8Value(element).ToArray();
}
