namespace Stork.Deploy.Tests.Images;

/// <summary>One replayed instruction: the stage it belongs to, whether it would have built, and what it printed.</summary>
internal sealed record ReplayStep(string Stage, DockerInstruction Instruction, bool Succeeded, string Output)
{
    public override string ToString() => $"[{Stage}] {Instruction}: {(Succeeded ? "ok" : "FAILED")}\n{Output}";
}
