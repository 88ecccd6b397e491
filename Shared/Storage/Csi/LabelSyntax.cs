using System.Text.RegularExpressions;

namespace Stork.Shared.Storage.Csi;

/// <summary>Kubernetes' syntax for label keys (qualified names) and label values, which its label
/// selector checks before matching: a requirement that breaks it makes its whole term match nothing.</summary>
internal static partial class LabelSyntax
{
    private const int NameMaxLength = 63;
    private const int PrefixMaxLength = 253;

    /// <summary>An optional DNS-subdomain prefix and "/", then a name of 1–63 alphanumerics,
    /// '-', '_' or '.', starting and ending with an alphanumeric.</summary>
    public static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IsName(key);
        }

        var prefix = key[..slash];
        var name = key[(slash + 1)..];
        return prefix.Length is > 0 and <= PrefixMaxLength && DnsSubdomain().IsMatch(prefix) && IsName(name);
    }

    /// <summary>Empty, or a name as in <see cref="IsQualifiedName"/> without prefix.</summary>
    public static bool IsValue(string value) => value.Length == 0 || IsName(value);

    private static bool IsName(string name) => name.Length is > 0 and <= NameMaxLength && Name().IsMatch(name);

    [GeneratedRegex(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex DnsSubdomain();
}
