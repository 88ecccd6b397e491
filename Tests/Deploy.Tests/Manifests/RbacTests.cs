using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Manifests;

/// <summary>Least privilege: the roles grant what the code reads and writes, and nothing more.</summary>
internal sealed class RbacTests
{
    private static readonly ResourceRef Events = new("", "events");
    private static readonly ResourceRef Leases = new("coordination.k8s.io", "leases");

    private Rendering _base = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _base = await Kustomize.BuildManifestsAsync(".");

    [Test]
    public void WebhookClusterRole_GrantsExactlyWhatTheWebhookReads() =>
        Assert.That(Rbac.Grants(_base.One("ClusterRole", Names.Webhook)),
            Is.EquivalentTo(Rbac.Reads(CodeContract.WebhookReads)));

    [Test]
    public void ScoringClusterRole_GrantsExactlyWhatTheSidecarReadsAndItsEvents()
    {
        var expected = Rbac.Reads(CodeContract.ScoringReads)
            .Concat(CodeContract.ScoringEventVerbs.Select(verb => Rbac.Grant(verb, Events, [])));
        Assert.That(Rbac.Grants(_base.One("ClusterRole", Names.ScoringRole)), Is.EquivalentTo(expected));
    }

    [Test]
    public void LeaderElectionRole_GrantsOnlyTheLease()
    {
        string[] expected =
        [
            Rbac.Grant("create", Leases, []),
            Rbac.Grant("get", Leases, [Names.Scheduler]),
            Rbac.Grant("update", Leases, [Names.Scheduler]),
        ];
        Assert.That(Rbac.Grants(_base.One("Role", Names.LeaderElectionRole)), Is.EquivalentTo(expected));
    }

    [Test]
    public void PlacementLeaderElectionRole_GrantsOnlyItsLease()
    {
        string[] expected =
        [
            Rbac.Grant("create", Leases, []),
            Rbac.Grant("get", Leases, [CodeContract.PlacementLease]),
            Rbac.Grant("update", Leases, [CodeContract.PlacementLease]),
        ];
        Assert.That(Rbac.Grants(_base.One("Role", Names.PlacementLeaderElectionRole)), Is.EquivalentTo(expected));
    }

    /// <summary>The sidecar runs as its own ServiceAccount: its container mounts that account's token Secret where
    /// in-cluster clients read it, which keeps the pod's (kube-scheduler's) token out of it.</summary>
    [Test]
    public void ScoringContainer_MountsItsOwnServiceAccountToken()
    {
        var spec = Pods.Spec(_base, Names.Scheduler);
        var scoring = Pods.Container(_base, Names.Scheduler, Names.ScoringContainer);
        var mount = scoring.Items("volumeMounts").Single(m => m.Str("mountPath") == Names.ServiceAccountMountPath);
        var volume = spec.Items("volumes").Single(v => v.Str("name") == mount.Str("name"));
        var secret = _base.One("Secret", Names.ScoringTokenSecret);
        Assert.Multiple(() =>
        {
            Assert.That(volume.Str("secret.secretName"), Is.EqualTo(Names.ScoringTokenSecret));
            Assert.That(secret.Str("type"), Is.EqualTo("kubernetes.io/service-account-token"));
            Assert.That(secret.At("metadata.annotations").Find("kubernetes.io/service-account.name")?.Scalar(), Is.EqualTo(Names.ScoringServiceAccount));
            Assert.That(Pods.Container(_base, Names.Scheduler, Names.SchedulerContainer).Items("volumeMounts").Select(m => m.Str("name")),
                Has.None.EqualTo(mount.Str("name")), "kube-scheduler does not get the sidecar's token");
        });
    }

    [Test]
    public void Roles_NoWildcards()
    {
        var roles = _base.All("ClusterRole").Concat(_base.All("Role")).ToList();
        Assert.That(roles.SelectMany(Rbac.Grants), Has.None.Contains("*"));
    }

    [TestCase(Names.Webhook, new[] { "ClusterRole/stork-webhook" })]
    [TestCase(Names.Scheduler, new[]
    {
        "ClusterRole/system:kube-scheduler", "ClusterRole/system:volume-scheduler", "Role/stork-scheduler-leader-election",
    })]
    [TestCase(Names.ScoringServiceAccount, new[] { "ClusterRole/stork-scoring", "Role/stork-placement-leader-election" })]
    public void ServiceAccount_BoundRoles_AreExactly(string serviceAccount, string[] expected)
    {
        var @namespace = _base.One("ServiceAccount", serviceAccount).Str("metadata.namespace");
        Assert.That(Rbac.BoundRoles(_base, serviceAccount, @namespace), Is.EquivalentTo(expected));
    }

    [TestCase(Names.Webhook)]
    [TestCase(Names.Scheduler)]
    public void Deployment_RunsAsItsOwnServiceAccount(string deployment) =>
        Assert.That(Pods.Spec(_base, deployment).Str("serviceAccountName"), Is.EqualTo(deployment));
}
