namespace Stork.Deploy.Tests.Images;

/// <summary>A build stage: <c>FROM image [AS name]</c> and the instructions that follow it.</summary>
internal sealed record DockerStage(string Name, string BaseImage, IReadOnlyList<DockerInstruction> Instructions);
