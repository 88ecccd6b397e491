namespace Stork.Deploy.Tests.Images;

/// <summary>One image: the Dockerfile target that builds it, the app assembly it runs, and its name in the manifests.</summary>
internal sealed record ImageTarget(string Target, string Assembly, string Image)
{
    public override string ToString() => Target;
}
