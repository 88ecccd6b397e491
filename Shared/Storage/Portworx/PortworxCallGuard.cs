using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Bounds every SDK call: a deadline (Polly timeout), a circuit breaker that stops calling a
/// failing SDK, and latency/error metrics. Turns every failure into a <see cref="DriverResult{T}"/>.</summary>
internal sealed class PortworxCallGuard
{
    public const string OutcomeOk = "ok";
    public const string OutcomeError = "error";
    public const string OutcomeTimeout = "timeout";
    public const string OutcomeCircuitOpen = "circuit_open";

    /// <summary>The breaker opens when half the calls of the last 30 s failed, once there were at least
    /// three, and stays open this long before it lets one trial call through.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(10);

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeSpan _callTimeout;
    private readonly TimeProvider _time;
    private readonly PortworxMetrics _metrics;

    public PortworxCallGuard(TimeSpan callTimeout, TimeProvider time, PortworxMetrics metrics, ILogger logger)
    {
        _callTimeout = callTimeout;
        _time = time;
        _metrics = metrics;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(CountsAgainstSdk(args.Outcome.Exception)),
                OnOpened = args => LogOpened(logger, args.BreakDuration, args.Outcome.Exception),
                OnClosed = _ => LogClosed(logger),
            })
            .AddTimeout(callTimeout)
            .Build();
    }

    /// <summary>Runs one SDK call through the breaker and the deadline.</summary>
    public async Task<DriverResult<T>> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call)
        where T : class
    {
        var started = _time.GetTimestamp();
        var (result, outcome) = await ExecuteAsync(call);
        _metrics.RecordCall(operation, outcome, _time.GetElapsedTime(started));
        return result;
    }

    /// <summary>Waits for a (possibly shared) call no longer than the deadline, whatever the call does.</summary>
    public async Task<DriverResult<T>> WaitAsync<T>(Task<DriverResult<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await call.WaitAsync(_callTimeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return DriverResult<T>.Fail(DeadlineMessage());
        }
    }

    private async Task<(DriverResult<T> Result, string Outcome)> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call)
        where T : class
    {
        try
        {
            var value = await _pipeline.ExecuteAsync(
                static async (call, token) => await call(token), call, CancellationToken.None);
            return (DriverResult<T>.Ok(value), OutcomeOk);
        }
        catch (BrokenCircuitException e)
        {
            return (DriverResult<T>.Fail(CircuitOpenMessage(e)), OutcomeCircuitOpen);
        }
        catch (TimeoutRejectedException)
        {
            return (DriverResult<T>.Fail(DeadlineMessage()), OutcomeTimeout);
        }
        catch (PortworxSdkException e)
        {
            return (DriverResult<T>.Fail(e.Message), OutcomeError);
        }
        catch (Exception e)
        {
            // The driver contract: failures are values, never exceptions.
            return (DriverResult<T>.Fail($"Portworx SDK call failed: {e.Message}"), OutcomeError);
        }
    }

    private static bool CountsAgainstSdk(Exception? exception) =>
        exception is TimeoutRejectedException or PortworxSdkException { IndicatesSdkFailure: true };

    private string DeadlineMessage() =>
        $"Portworx SDK did not answer within {Seconds(_callTimeout)}s";

    private static string CircuitOpenMessage(BrokenCircuitException e)
    {
        var retry = e.RetryAfter is { } after ? $" for another {Seconds(after)}s" : "";
        var reason = e.InnerException?.Message ?? "repeated failures";
        return $"Portworx SDK calls are suspended{retry} after repeated failures; last failure: {reason}";
    }

    private static string Seconds(TimeSpan value) =>
        value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static ValueTask LogOpened(ILogger logger, TimeSpan breakDuration, Exception? reason)
    {
        logger.PortworxCircuitOpened(breakDuration.TotalSeconds, reason?.Message ?? "repeated failures");
        return ValueTask.CompletedTask;
    }

    private static ValueTask LogClosed(ILogger logger)
    {
        logger.PortworxCircuitClosed();
        return ValueTask.CompletedTask;
    }
}
