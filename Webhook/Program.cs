using Stork.Shared.Hosting;
using Stork.Webhook;

return await ServiceHost.RunAsync(WebhookCommandLine.Spec, args, _ => ServiceHost.ServeAsync(WebhookCommandLine.Spec.Name, () => WebhookApp.Build(args)));
