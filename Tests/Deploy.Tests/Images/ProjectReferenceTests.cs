using System.Xml.Linq;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Images;

/// <summary>No app references another app: each image needs only Shared and its own folder.</summary>
internal sealed class ProjectReferenceTests
{
    [TestCase("Webhook/Webhook.csproj")]
    [TestCase("Scoring/Scoring.csproj")]
    [TestCase("Shared/Shared.csproj")]
    public void Project_ReferencesOnlyTheSharedLibrary(string project)
    {
        var references = XDocument.Load(Path.Combine(Repo.Root, project)).Descendants("ProjectReference")
            .Select(reference => reference.Attribute("Include")!.Value.Replace('\\', '/'));

        Assert.That(references, Is.SubsetOf(new[] { "../Shared/Shared.csproj" }));
    }
}
