using Stork.Shared.Hosting;
using Stork.Webhook;

return await ServiceHost.RunAsync("stork-webhook", () => WebhookApp.Build(args));
