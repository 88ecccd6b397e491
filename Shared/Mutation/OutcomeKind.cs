namespace Stork.Shared.Mutation;

/// <summary>Why an admission ended as it did; <see cref="Name"/> is the <c>outcome</c> metric label and
/// audit annotation value.</summary>
internal sealed record OutcomeKind
{
    /// <summary><c>spec.schedulerName</c> was set to the configured scheduler.</summary>
    public static readonly OutcomeKind Mutated = new("mutated");

    /// <summary>No volume of the pod reaches the storage driver.</summary>
    public static readonly OutcomeKind NotDriver = new("not-driver");

    /// <summary>The namespace's opt-out label or the pod's skip annotation is true.</summary>
    public static readonly OutcomeKind OptedOut = new("opted-out");

    /// <summary>The pod names a scheduler other than the default one (or already the configured one).</summary>
    public static readonly OutcomeKind CustomScheduler = new("custom-scheduler");

    /// <summary><c>--webhook-controller=false</c>.</summary>
    public static readonly OutcomeKind Disabled = new("disabled");

    /// <summary>Not a Pod CREATE (another kind, another operation or a subresource).</summary>
    public static readonly OutcomeKind NotPodCreate = new("not-pod-create");

    /// <summary>The cluster lookup failed or exceeded the deadline, or the object was not a readable Pod.</summary>
    public static readonly OutcomeKind Error = new("error");

    private OutcomeKind(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
