using Stork.Shared.Hosting.Flags;

namespace Stork.Shared.Tests.Hosting.Flags;

internal sealed class FlagParserTests
{
    private static readonly Flag File = Flag.Path("file", "a file");

    private static readonly CommandSpec Tool = new(
        "tool",
        "A test tool.",
        [
            Flag.Text("name", "a name", "stork"),
            File,
            Flag.Boolean("enabled", "on or off", true),
            Flag.Duration("deadline", "a bound", TimeSpan.FromSeconds(2)),
            Flag.Integer("limit", "a limit", 4096),
            Flag.Choice("driver", "a driver", "pxd", "pxd", "csi"),
            Flag.List("csi-driver", "names"),
        ])
    {
        Version = "1.2.3",
        Commands = [new CommandSpec("tool explain", "Explains.", [Flag.Path("pod", "a pod"), File])],
    };

    private static CommandLineOutcome Parse(params string[] args) => FlagParser.Parse(Tool, args);

    private static IReadOnlyList<string> Run(params string[] args) =>
        Parse(args) is CommandLineOutcome.Run run ? run.Arguments : throw new AssertionException($"not a run: {Parse(args)}");

    private static string Invalid(params string[] args) =>
        Parse(args) is CommandLineOutcome.Invalid invalid ? invalid.Message : throw new AssertionException($"not an error: {Parse(args)}");

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("-?")]
    public void Help_PrintsEveryFlagWithItsMeaningAndDefault(string help)
    {
        var text = ((CommandLineOutcome.Print)Parse(help)).Text;

        Assert.That(text, Does.Contain("Usage:").And.Contain("tool [command] [options]"));
        Assert.That(text, Does.Contain("--deadline <DURATION>").And.Contain("a bound [default: 2s]"));
        Assert.That(text, Does.Contain("--driver <pxd|csi>").And.Contain("a driver [default: pxd]"));
        Assert.That(text, Does.Contain("--enabled <true|false>").And.Contain("[default: true]"));
        Assert.That(text, Does.Contain("--limit <N>").And.Contain("[default: 4096]"));
        Assert.That(text, Does.Contain("--file <PATH>").And.Contain("--name <VALUE>").And.Contain("--csi-driver <NAME>"));
        Assert.That(text, Does.Contain("explain").And.Contain("Explains."));
        Assert.That(text, Does.Contain("--Section:Key=value"));
    }

    [Test]
    public void Help_OfACommand_PrintsItsFlagsOnly()
    {
        var text = ((CommandLineOutcome.Print)Parse("explain", "--help")).Text;

        Assert.That(text, Does.Contain("tool explain [options]").And.Contain("--pod <PATH>"));
        Assert.That(text, Does.Not.Contain("--deadline"));
    }

    [Test]
    public void Version_PrintsNameAndVersion() =>
        Assert.That(Parse("--version"), Is.EqualTo(new CommandLineOutcome.Print("tool 1.2.3\n")));

    [Test]
    public void Run_NoFlags_SetsNothingSoTheOptionsDefaultsHold() =>
        Assert.That(Run(), Is.Empty);

    [TestCase(new[] { "--name", "x" }, "--name=x")]
    [TestCase(new[] { "--name=x" }, "--name=x")]
    [TestCase(new[] { "-name", "x" }, "--name=x")]
    [TestCase(new[] { "-name=x" }, "--name=x")]
    [TestCase(new[] { "--file", "samples/cluster.yaml" }, "--file=samples/cluster.yaml")]
    [TestCase(new[] { "--limit", "100" }, "--limit=100")]
    [TestCase(new[] { "--driver", "CSI" }, "--driver=csi")]
    public void Run_ValueFlags_BecomeConfigurationArguments(string[] args, string expected) =>
        Assert.That(Run(args), Is.EqualTo(new[] { expected }));

    [TestCase(new[] { "--enabled" }, "true")]
    [TestCase(new[] { "--enabled=false" }, "false")]
    [TestCase(new[] { "--enabled", "false" }, "false")]
    [TestCase(new[] { "--enabled", "0" }, "false")]
    [TestCase(new[] { "--enabled=F" }, "false")]
    [TestCase(new[] { "--enabled", "T" }, "true")]
    [TestCase(new[] { "-enabled", "FALSE" }, "false")]
    public void Run_GoBooleans_InEitherForm(string[] args, string expected) =>
        Assert.That(Run(args), Is.EqualTo(new[] { $"--enabled={expected}" }));

    [Test]
    public void Run_BooleanAloneBeforeAnotherFlag_IsTrue() =>
        Assert.That(Run("--enabled", "--driver", "csi"), Is.EqualTo(new[] { "--enabled=true", "--driver=csi" }));

    [TestCase("2s", "00:00:02")]
    [TestCase("500ms", "00:00:00.5000000")]
    [TestCase("1m30s", "00:01:30")]
    [TestCase("00:00:02", "00:00:02")]
    [TestCase("1.00:00:00", "1.00:00:00")]
    public void Run_Durations_GoOrClock(string value, string bound) =>
        Assert.That(Run("--deadline", value), Is.EqualTo(new[] { $"--deadline={bound}" }));

    [Test]
    public void Run_RepeatedFlag_LastValueCounts_AsInGo()
    {
        Assert.That(Run("--driver", "pxd", "--driver=csi"), Is.EqualTo(new[] { "--driver=csi" }));
        Assert.That(Run("--enabled=false", "--enabled", "true"), Is.EqualTo(new[] { "--enabled=true" }));
    }

    [Test]
    public void Run_RepeatedFlag_EveryValueIsChecked() =>
        Assert.That(Invalid("--driver", "ceph", "--driver", "csi"), Is.EqualTo("--driver: 'ceph' is not one of pxd, csi"));

    [Test]
    public void KnownFlagAfterDoubleDash_IsAStrayArgument() =>
        Assert.That(Invalid("--", "--driver"), Is.EqualTo("unexpected argument '--driver'; see --help"));

    [Test]
    public void Run_RepeatedListFlag_KeepsEveryValue() =>
        Assert.That(Run("--csi-driver", "a", "--csi-driver=b,c"), Is.EqualTo(new[] { "--csi-driver:0=a", "--csi-driver:1=b,c" }));

    [TestCase(new[] { "--Kube:Informer:PageSize", "100" }, "--Kube:Informer:PageSize=100")]
    [TestCase(new[] { "--Logging:LogLevel:Default=Debug" }, "--Logging:LogLevel:Default=Debug")]
    [TestCase(new[] { "--OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317" }, "--OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4317")]
    public void Run_ConfigurationKeys_PassThrough(string[] args, string expected) =>
        Assert.That(Run(args), Is.EqualTo(new[] { expected }));

    [Test]
    public void Run_Command_NamesItAndTakesItsFlags() =>
        Assert.That(Parse("explain", "--pod", "p.yaml"), Is.EqualTo(new CommandLineOutcome.Run("explain", ["--pod=p.yaml"])).Using<CommandLineOutcome>(SameRun));

    [Test]
    public void Run_FlagSharedWithACommand_IsReadForEither()
    {
        Assert.That(Run("--file", "a"), Is.EqualTo(new[] { "--file=a" }));
        Assert.That(Run("explain", "--file", "b"), Is.EqualTo(new[] { "--file=b" }));
    }

    [Test]
    public void UnknownFlag_IsAnErrorNamingItAndTheClosestFlag() =>
        Assert.That(Invalid("--drvier", "csi"), Is.EqualTo("unknown flag --drvier (did you mean --driver?); see --help"));

    [Test]
    public void UnknownFlag_NothingClose_NamesIt() =>
        Assert.That(Invalid("--listen-address=x"), Is.EqualTo("unknown flag --listen-address; see --help"));

    [Test]
    public void StrayArgument_IsAnError() =>
        Assert.That(Invalid("--name", "x", "stray"), Is.EqualTo("unexpected argument 'stray'; see --help"));

    [Test]
    public void MistypedCommand_SuggestsIt() =>
        Assert.That(Invalid("explian"), Is.EqualTo("unexpected argument 'explian' (did you mean explain?); see --help"));

    [Test]
    public void FlagOfAnotherCommand_IsUnknown() =>
        Assert.That(Invalid("explain", "--deadline", "2s"), Does.StartWith("unknown flag --deadline"));

    [TestCase("no")]
    [TestCase("yes")]
    [TestCase("on")]
    public void NotAGoBoolean_IsAnError(string value) =>
        Assert.That(Invalid("--enabled", value), Is.EqualTo($"--enabled: '{value}' is not a boolean (true, false, 1, 0, t, f, T, F, TRUE, FALSE, True, False)"));

    [TestCase("2")]
    [TestCase("2x")]
    [TestCase("soon")]
    public void NotADuration_IsAnError(string value) =>
        Assert.That(Invalid("--deadline", value), Is.EqualTo($"--deadline: '{value}' is not a duration (e.g. 2s, 500ms, 1m30s or 00:00:02)"));

    [Test]
    public void BadChoice_ListsTheValidValues() =>
        Assert.That(Invalid("--driver", "ceph"), Is.EqualTo("--driver: 'ceph' is not one of pxd, csi"));

    [Test]
    public void NotANumber_IsAnError() =>
        Assert.That(Invalid("--limit", "4k"), Is.EqualTo("--limit: '4k' is not a whole number"));

    [TestCase("--name")]
    [TestCase("--Kube:Informer:PageSize")]
    public void ValueMissing_NamesTheFlag(string flag) =>
        Assert.That(Invalid(flag), Is.EqualTo($"{flag} needs a value"));

    [Test]
    public void RunArguments_Invalid_Throws() =>
        Assert.That(() => FlagParser.RunArguments(Tool, ["--drvier"]), Throws.ArgumentException.With.Message.Contains("--drvier"));

    private static bool SameRun(CommandLineOutcome a, CommandLineOutcome b) =>
        a is CommandLineOutcome.Run x && b is CommandLineOutcome.Run y && x.Command == y.Command && x.Arguments.SequenceEqual(y.Arguments);
}
