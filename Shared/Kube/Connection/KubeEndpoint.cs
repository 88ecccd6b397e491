using System.Security.Cryptography.X509Certificates;

namespace Stork.Shared.Kube.Connection;

/// <summary>Where the API server is and how to trust and authenticate to it.</summary>
/// <param name="CaCertificates">The only roots the server certificate may chain to; empty: the system's.</param>
/// <param name="Token">A static bearer token.</param>
/// <param name="TokenFile">A file holding the bearer token, re-read as it rotates; wins over <paramref name="Token"/>.</param>
/// <param name="Source">Where this came from, for the startup log (no secrets).</param>
internal sealed record KubeEndpoint(
    Uri Server,
    X509Certificate2Collection CaCertificates,
    bool InsecureSkipTlsVerify,
    X509Certificate2? ClientCertificate,
    string? Token,
    string? TokenFile,
    string Source);
