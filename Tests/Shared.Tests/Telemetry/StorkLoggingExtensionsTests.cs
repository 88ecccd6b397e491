using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Stork.Shared.Telemetry;

namespace Stork.Shared.Tests.Telemetry;

internal sealed class StorkLoggingExtensionsTests
{
    private const string UtcTimestampPattern = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$";

    private static ServiceProvider BuildLogging(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
        return new ServiceCollection().AddLogging(logging => logging.AddStorkLogging(configuration)).BuildServiceProvider();
    }

    private static (string FormatterName, string Output) Format(ServiceProvider provider, string message)
    {
        var formatterName = provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName!;
        var formatter = provider.GetServices<ConsoleFormatter>().Single(candidate => candidate.Name == formatterName);
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Warning, "Stork.Test", new EventId(1200), message, null, (state, _) => state);
        formatter.Write(in entry, new LoggerExternalScopeProvider(), output);
        return (formatterName, output.ToString());
    }

    [TestCase("--log-format", "json")]
    [TestCase("--log-format", "JSON")]
    [TestCase("--log-format=json")]
    public void AddStorkLogging_Json_WritesOneJsonObjectPerLineWithUtcTimestamp(params string[] args)
    {
        using var provider = BuildLogging(args);

        var (formatterName, output) = Format(provider, "two\nlines");

        Assert.That(formatterName, Is.EqualTo(ConsoleFormatterNames.Json));
        Assert.That(output.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("Message").GetString(), Is.EqualTo("two\nlines"));
        Assert.That(json.RootElement.GetProperty("EventId").GetInt32(), Is.EqualTo(1200));
        Assert.That(json.RootElement.GetProperty("Timestamp").GetString(), Does.Match(UtcTimestampPattern));
    }

    [TestCase]
    [TestCase("--log-format", "text")]
    public void AddStorkLogging_TextOrDefault_WritesSingleSimpleLine(params string[] args)
    {
        using var provider = BuildLogging(args);

        var (formatterName, output) = Format(provider, "two\nlines");

        Assert.That(formatterName, Is.EqualTo(ConsoleFormatterNames.Simple));
        Assert.That(output.TrimEnd('\n', '\r').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(output, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z .*warn.*two.*lines"));
    }

    [TestCase("xml")]
    [TestCase("jsonl")]
    public void AddStorkLogging_UnknownFormat_Throws(string format)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--log-format", format]).Build();
        var services = new ServiceCollection();

        Assert.That(() => services.AddLogging(logging => logging.AddStorkLogging(configuration)), Throws.InvalidOperationException);
    }
}
