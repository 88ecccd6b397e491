namespace Stork.Tests.Fakes.Tls;

/// <summary>Where <see cref="CertificatePem.WriteFiles"/> put a certificate and its key.</summary>
internal sealed record PemFiles(string CertificatePath, string KeyPath);
