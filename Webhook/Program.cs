using Stork.Webhook;

var app = WebhookApp.Build(args);
await app.RunAsync();
