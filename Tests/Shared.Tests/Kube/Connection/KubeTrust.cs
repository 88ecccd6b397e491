namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>How a fixture kubeconfig tells the client to trust the server.</summary>
internal enum KubeTrust
{
    CaFile,
    CaData,
    InsecureSkipTlsVerify,
}
