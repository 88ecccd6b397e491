using Stork.Demo;
using Stork.Shared.Hosting;

return await ServiceHost.RunCommandAsync("stork-demo", async () =>
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };

    var options = DemoOptions.Default();
    await using var services = await DemoServices.StartAsync(options, stop.Token);
    Console.WriteLine(DemoInstructions.Render(options, services));
    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    return 0;
});
