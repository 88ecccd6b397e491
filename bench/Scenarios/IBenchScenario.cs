namespace Stork.Bench.Scenarios;

/// <summary>One benchmark, run by name: <c>dotnet run -c Release --project bench -- &lt;name&gt; [args]</c>.</summary>
internal interface IBenchScenario
{
    string Name { get; }

    /// <summary>One line for the usage text, including the scenario's own arguments.</summary>
    string Usage { get; }

    /// <summary>Runs the scenario: markdown tables to <paramref name="report"/>, progress to
    /// <paramref name="progress"/>. Bad arguments throw <see cref="ArgumentException"/> with ParamName "args".</summary>
    Task RunAsync(IReadOnlyList<string> args, TextWriter report, TextWriter progress, CancellationToken cancellationToken);
}
