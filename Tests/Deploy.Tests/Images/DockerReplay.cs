using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Images;

/// <summary>Replays what a build of some targets of a Dockerfile would do, without a container engine: each
/// stage's file system is a directory under a scratch root, <c>COPY</c> takes files from the build context
/// as .dockerignore filters it (or from an earlier stage with <c>--from</c>), and <c>RUN</c> runs its shell
/// command in the stage's working directory with this machine's tools (the SDK image's <c>dotnet</c> here).
/// The replay stops at the first step that would fail the build.</summary>
internal sealed class DockerReplay
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(8);

    /// <summary>No build servers left running after a RUN step (the image build's container would end them).</summary>
    private static readonly Dictionary<string, string> RunEnvironment = new(StringComparer.Ordinal)
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    private static readonly HashSet<string> Recorded = ["ENTRYPOINT", "CMD", "USER", "ENV", "ARG", "LABEL", "EXPOSE"];

    private readonly string context;
    private readonly Dockerfile dockerfile;
    private readonly DockerIgnore ignore;
    private readonly string scratch;
    private readonly Dictionary<string, string> workdirs = new(StringComparer.Ordinal);
    private readonly List<ReplayStep> steps = [];

    private DockerReplay(string context, Dockerfile dockerfile, DockerIgnore ignore, string scratch)
    {
        this.context = context;
        this.dockerfile = dockerfile;
        this.ignore = ignore;
        this.scratch = scratch;
    }

    public IReadOnlyList<ReplayStep> Steps => steps;

    public ReplayStep? Failure => steps.FirstOrDefault(s => !s.Succeeded);

    /// <summary>Replays every stage the <paramref name="targets"/> need, in file order, under <paramref name="scratch"/>.</summary>
    public static async Task<DockerReplay> RunAsync(string context, Dockerfile dockerfile, DockerIgnore ignore, IReadOnlyList<string> targets, string scratch)
    {
        var replay = new DockerReplay(context, dockerfile, ignore, scratch);
        var needed = targets.SelectMany(replay.Needs).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in dockerfile.Stages.Where(s => needed.Contains(s.Name)))
        {
            if (!await replay.StageAsync(stage))
                break;
        }

        return replay;
    }

    /// <summary>Where a path of a stage's file system is in the scratch directory (relative: from the stage's WORKDIR).</summary>
    public string PathIn(string stage, string containerPath) =>
        Path.Combine(scratch, stage, Absolute(workdirs.GetValueOrDefault(stage, "/"), containerPath).TrimStart('/'));

    private IEnumerable<string> Needs(string stage)
    {
        var s = dockerfile.Stage(stage);
        var parents = s.Instructions.Select(i => i.Flags.GetValueOrDefault("from")).OfType<string>()
            .Append(s.BaseImage).Where(n => dockerfile.Stages.Any(o => o.Name == n));
        return parents.SelectMany(Needs).Append(stage);
    }

    private async Task<bool> StageAsync(DockerStage stage)
    {
        var root = Path.Combine(scratch, stage.Name);
        var parent = dockerfile.Stages.FirstOrDefault(s => s.Name == stage.BaseImage);
        if (parent is not null)
            CopyTree(Path.Combine(scratch, parent.Name), root);
        Directory.CreateDirectory(root);
        workdirs[stage.Name] = parent is null ? "/" : workdirs[parent.Name];

        foreach (var instruction in stage.Instructions)
        {
            var step = instruction.Keyword switch
            {
                "WORKDIR" => Workdir(stage.Name, instruction),
                "COPY" => Copy(stage.Name, instruction),
                "RUN" => await RunStepAsync(stage.Name, instruction),
                var k when Recorded.Contains(k) => new ReplayStep(stage.Name, instruction, true, "not replayed"),
                _ => new ReplayStep(stage.Name, instruction, false, "the replay does not know this instruction; teach it or keep the Dockerfile to COPY and RUN"),
            };
            steps.Add(step);
            if (!step.Succeeded)
                return false;
        }

        return true;
    }

    private ReplayStep Workdir(string stage, DockerInstruction instruction)
    {
        workdirs[stage] = Absolute(workdirs[stage], instruction.Arguments);
        Directory.CreateDirectory(PathIn(stage, "."));
        return new ReplayStep(stage, instruction, true, workdirs[stage]);
    }

    private ReplayStep Copy(string stage, DockerInstruction instruction)
    {
        var words = Dockerfile.Words(instruction.Arguments);
        if (words.Count < 2)
            return new ReplayStep(stage, instruction, false, "COPY needs a source and a destination");

        var sources = words.Take(words.Count - 1).ToList();
        var destination = PathIn(stage, words[^1]);
        var intoDirectory = words[^1].EndsWith('/') || words[^1] is "." || sources.Count > 1;
        var from = instruction.Flags.GetValueOrDefault("from");
        foreach (var source in sources)
        {
            var files = from is null ? FromContext(source) : FromStage(from, source);
            if (files.Count == 0)
            {
                var where = from is null ? "the build context (missing, or left out by .dockerignore)" : $"stage '{from}'";
                return new ReplayStep(stage, instruction, false, $"COPY source '{source}' is not in {where}");
            }

            foreach (var (file, relative) in files)
            {
                var target = relative.Length == 0 && !intoDirectory ? destination
                    : Path.Combine(destination, relative.Length == 0 ? Path.GetFileName(file) : relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        return new ReplayStep(stage, instruction, true, $"{sources.Count} source(s)");
    }

    /// <summary>The sent files under a context path: (full path, path below the source; "" for a single file).</summary>
    private List<(string File, string Relative)> FromContext(string source)
    {
        var trimmed = source.StartsWith("./", StringComparison.Ordinal) ? source[2..] : source;
        var clean = trimmed.Trim('/') is "." ? "" : trimmed.Trim('/');
        return [.. ignore.ContextFiles(context)
            .Where(f => clean.Length == 0 || f == clean || f.StartsWith(clean + "/", StringComparison.Ordinal))
            .Select(f => (Path.Combine(context, f), f == clean ? "" : f[(clean.Length == 0 ? 0 : clean.Length + 1)..]))];
    }

    private List<(string File, string Relative)> FromStage(string stage, string source)
    {
        var path = Path.Combine(scratch, stage, Absolute("/", source).TrimStart('/'));
        if (File.Exists(path))
            return [(path, "")];
        return Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Select(f => (f, Path.GetRelativePath(path, f)))]
            : [];
    }

    private async Task<ReplayStep> RunStepAsync(string stage, DockerInstruction instruction)
    {
        if (instruction.Arguments.StartsWith('['))
            return new ReplayStep(stage, instruction, false, "the replay runs shell-form RUN only");

        var result = await ProcessRunner.RunAsync("bash", ["-c", instruction.Arguments], "bash runs the Dockerfile's RUN steps",
            PathIn(stage, "."), RunTimeout, RunEnvironment);
        return new ReplayStep(stage, instruction, result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    private static string Absolute(string workdir, string path) =>
        path.StartsWith('/') ? path : (workdir.TrimEnd('/') + "/" + path).Replace("/./", "/", StringComparison.Ordinal).TrimEnd('.');

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
