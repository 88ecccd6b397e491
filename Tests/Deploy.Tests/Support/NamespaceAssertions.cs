namespace Stork.Deploy.Tests.Support;

/// <summary>Checks that a rendering installs into one namespace, including the references kustomize
/// does not know about (the webhook's namespace exclusion, the scheduler's lease).</summary>
internal static class NamespaceAssertions
{
    private static readonly string[] ClusterScoped =
        ["Namespace", "ClusterRole", "ClusterRoleBinding", "MutatingWebhookConfiguration"];

    public static void EverythingIn(Rendering rendering, string ns)
    {
        var webhook = rendering.One("MutatingWebhookConfiguration", Names.Webhook).Items("webhooks").Single();
        var byName = webhook.Items("namespaceSelector.matchExpressions").Single(e => e.Str("key") == Names.NamespaceNameLabel);
        var election = SchedulerConfig.Of(rendering).At("leaderElection");
        Assert.Multiple(() =>
        {
            Assert.That(rendering.All("Namespace").Single().Str("metadata.name"), Is.EqualTo(ns));
            foreach (var o in rendering.Objects.Where(o => !ClusterScoped.Contains(o.Str("kind"))))
                Assert.That(o.Str("metadata.namespace"), Is.EqualTo(ns), $"{o.Str("kind")}/{o.Str("metadata.name")}");
            foreach (var b in rendering.All("ClusterRoleBinding").Concat(rendering.All("RoleBinding")))
                Assert.That(b.Items("subjects").Select(s => s.Str("namespace")), Has.All.EqualTo(ns), b.Str("metadata.name"));
            Assert.That(webhook.Str("clientConfig.service.namespace"), Is.EqualTo(ns));
            Assert.That(byName.Strings("values"), Does.Contain(ns));
            Assert.That(election.Str("resourceNamespace"), Is.EqualTo(ns));
        });
    }
}
