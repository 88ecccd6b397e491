using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Stork.Shared.Kube.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IEventRecorder"/> and its background sender. Requires an IKubeApi.</summary>
    public static IServiceCollection AddEventRecorder(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EventRecorderOptions>().BindConfiguration("Kube:Events");
        services.AddSingleton<EventRecorder>();
        services.AddSingleton<IEventRecorder>(sp => sp.GetRequiredService<EventRecorder>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<EventRecorder>());
        return services;
    }
}
