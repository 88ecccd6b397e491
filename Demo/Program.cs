using System.Runtime.InteropServices;
using Stork.Demo;
using Stork.Shared.Hosting;

return await ServiceHost.RunCommandAsync("stork-demo", async () =>
{
    using var stop = new CancellationTokenSource();
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

    var options = DemoOptions.Default();
    await using var services = await DemoServices.StartAsync(options, stop.Token);
    Console.WriteLine(DemoInstructions.Render(options, services));
    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    return 0;

    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
});
