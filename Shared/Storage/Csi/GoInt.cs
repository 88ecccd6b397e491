using System.Buffers;
using System.Globalization;

namespace Stork.Shared.Storage.Csi;

/// <summary>Parses integers exactly like Go's <c>strconv.ParseInt(s, 10, 64)</c>, which Kubernetes uses
/// for the <c>Gt</c>/<c>Lt</c> selector operators: an optional sign, then ASCII digits only (no
/// whitespace, no underscores, no prefix), within the int64 range.</summary>
internal static class GoInt
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var digits = text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        return !digits.IsEmpty
            && !digits.ContainsAnyExcept(Digits)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
