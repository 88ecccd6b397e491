using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace Stork.Tests.Fakes.Kube;

/// <summary>Accepts a request with a valid bearer token or with a client certificate the fake's CA signed.</summary>
internal sealed class FakeKubeAuth(X509Certificate2 authority, IEnumerable<string> initialTokens)
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";
    private volatile FrozenSet<string> _tokens = initialTokens.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyCollection<string> ValidTokens
    {
        get => _tokens;
        set => _tokens = value.ToFrozenSet(StringComparer.Ordinal);
    }

    public bool Allows(HttpContext context) =>
        HasValidToken(context.Request) || IsSignedByAuthority(context.Connection.ClientCertificate);

    private bool HasValidToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && _tokens.Contains(header[scheme.Length..].Trim());
    }

    private bool IsSignedByAuthority(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuthenticationOid));
        return chain.Build(certificate);
    }
}
