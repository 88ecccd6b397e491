using System.Collections.Concurrent;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Single flight per key: concurrent callers asking for the same key share one running call.
/// The call runs detached from any caller's cancellation, so one impatient caller cannot fail the
/// others; callers bound their own wait.</summary>
internal sealed class CallCoalescer<TKey, TResult>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TResult>> _running = new();

    public Task<TResult> RunAsync(TKey key, Func<TKey, Task<TResult>> call)
    {
        while (true)
        {
            if (_running.TryGetValue(key, out var running))
            {
                return running;
            }

            var completion = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running.TryAdd(key, completion.Task))
            {
                _ = CompleteAsync(key, call, completion);
                return completion.Task;
            }
        }
    }

    private async Task CompleteAsync(TKey key, Func<TKey, Task<TResult>> call, TaskCompletionSource<TResult> completion)
    {
        Exception? failure = null;
        var result = default(TResult);
        try
        {
            result = await call(key);
        }
        catch (Exception e)
        {
            failure = e;
        }

        // Leave the table before completing, so a caller that saw this call end starts a fresh one.
        _running.TryRemove(new KeyValuePair<TKey, Task<TResult>>(key, completion.Task));
        if (failure is null)
        {
            completion.SetResult(result!);
        }
        else
        {
            completion.SetException(failure);
        }
    }
}
