namespace Stork.Tests.Fakes.Kube;

/// <summary>The Kubernetes verb of a request the fake counted.</summary>
internal enum FakeKubeVerb
{
    Get,
    List,
    Watch,
    Create,
    Update,
}
