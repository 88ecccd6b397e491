using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Csi;
using static Stork.Shared.Tests.Storage.Csi.CsiObjects;

namespace Stork.Shared.Tests.Storage.Csi;

internal sealed class NodeSelectorMatcherTests
{
    private const string Key = "example.com/tier";

    [TestCase("In", new[] { "a", "b" }, "a", true)]
    [TestCase("In", new[] { "a", "b" }, "c", false)]
    [TestCase("In", new[] { "a" }, null, false)]
    [TestCase("In", new[] { "" }, "", true)]
    [TestCase("In", new string[0], "a", false)]
    [TestCase("NotIn", new[] { "a" }, "b", true)]
    [TestCase("NotIn", new[] { "a" }, "a", false)]
    [TestCase("NotIn", new[] { "a" }, null, true)]
    [TestCase("NotIn", new string[0], null, false)]
    [TestCase("Exists", new string[0], "a", true)]
    [TestCase("Exists", new string[0], "", true)]
    [TestCase("Exists", new string[0], null, false)]
    [TestCase("Exists", new[] { "a" }, "a", false)]
    [TestCase("DoesNotExist", new string[0], null, true)]
    [TestCase("DoesNotExist", new string[0], "a", false)]
    [TestCase("DoesNotExist", new[] { "a" }, null, false)]
    [TestCase("Equals", new[] { "a" }, "a", false)]
    [TestCase("in", new[] { "a" }, "a", false)]
    [TestCase("", new[] { "a" }, "a", false)]
    public void Matches_SetOperator_FollowsKubernetes(string op, string[] values, string? label, bool expected) =>
        Assert.That(MatchesOne(Requirement(Key, op, values), label), Is.EqualTo(expected));

    [TestCase("Gt", new[] { "5" }, "6", true)]
    [TestCase("Gt", new[] { "5" }, "5", false)]
    [TestCase("Gt", new[] { "5" }, "4", false)]
    [TestCase("Gt", new[] { "5" }, "06", true)]
    [TestCase("Gt", new[] { "5" }, "+6", true)]
    [TestCase("Gt", new[] { "5" }, "-6", false)]
    [TestCase("Gt", new[] { "5" }, null, false)]
    [TestCase("Gt", new[] { "5" }, "six", false)]
    [TestCase("Gt", new[] { "5" }, "6.0", false)]
    [TestCase("Gt", new[] { "5" }, " 6", false)]
    [TestCase("Gt", new[] { "5" }, "9223372036854775808", false)]
    [TestCase("Gt", new[] { "0" }, "9223372036854775807", true)]
    [TestCase("Gt", new[] { "five" }, "6", false)]
    [TestCase("Gt", new[] { "5.0" }, "6", false)]
    [TestCase("Gt", new[] { "5", "6" }, "7", false)]
    [TestCase("Gt", new string[0], "7", false)]
    [TestCase("Gt", new[] { "-1" }, "0", false)]
    [TestCase("Gt", new[] { "+1" }, "2", false)]
    [TestCase("Lt", new[] { "5" }, "4", true)]
    [TestCase("Lt", new[] { "5" }, "5", false)]
    [TestCase("Lt", new[] { "5" }, "6", false)]
    [TestCase("Lt", new[] { "5" }, "-3", true)]
    [TestCase("Lt", new[] { "5" }, null, false)]
    [TestCase("Lt", new[] { "5" }, "abc", false)]
    [TestCase("Lt", new[] { "5" }, "", false)]
    [TestCase("Lt", new[] { "x5" }, "4", false)]
    public void Matches_IntegerOperator_ParsesLikeKubernetes(string op, string[] values, string? label, bool expected) =>
        Assert.That(MatchesOne(Requirement(Key, op, values), label), Is.EqualTo(expected));

    [TestCase("tier", true)]
    [TestCase("example.com/tier", true)]
    [TestCase("bad key", false)]
    [TestCase("-tier", false)]
    [TestCase("Example.com/tier", false)]
    [TestCase("/tier", false)]
    [TestCase("example.com/", false)]
    [TestCase("a/b/tier", false)]
    [TestCase("tier\n", false)]
    public void Matches_LabelKeySyntax_InvalidKeyMatchesNothing(string key, bool expected)
    {
        var node = LabelledNode("n1", (key, "a"));
        Assert.That(Matcher(Term(Requirement(key, "In", "a"))).Matches(node), Is.EqualTo(expected));
    }

    [TestCase("ok-value", true)]
    [TestCase("bad value", false)]
    [TestCase("-leading-dash", false)]
    public void Matches_NotInWithValueSyntax_InvalidValueMatchesNothing(string value, bool expected) =>
        Assert.That(MatchesOne(Requirement(Key, "NotIn", value), label: null), Is.EqualTo(expected));

    [Test]
    public void Matches_RequirementsOfATerm_AreAnded()
    {
        var term = Term(Requirement(Key, "In", "a"), Requirement("zone", "Exists"));
        Assert.Multiple(() =>
        {
            Assert.That(Matcher(term).Matches(LabelledNode("n1", (Key, "a"), ("zone", "z1"))), Is.True);
            Assert.That(Matcher(term).Matches(LabelledNode("n1", (Key, "a"))), Is.False);
        });
    }

    [Test]
    public void Matches_MultipleTerms_AreOred()
    {
        var matcher = Matcher(Term(Requirement(Key, "In", "a")), Term(Requirement(Key, "In", "b")));
        Assert.Multiple(() =>
        {
            Assert.That(matcher.Matches(LabelledNode("n1", (Key, "b"))), Is.True);
            Assert.That(matcher.Matches(LabelledNode("n1", (Key, "c"))), Is.False);
        });
    }

    [Test]
    public void Matches_InvalidTermBesideMatchingTerm_Matches()
    {
        var matcher = Matcher(Term(Requirement(Key, "Gt", "x")), Term(Requirement(Key, "In", "a")));
        Assert.That(matcher.Matches(LabelledNode("n1", (Key, "a"))), Is.True);
    }

    [Test]
    public void Matches_EmptySelector_MatchesNothing() =>
        Assert.That(Matcher().Matches(LabelledNode("n1", (Key, "a"))), Is.False);

    [Test]
    public void Matches_EmptyTerms_MatchNothing()
    {
        var matcher = Matcher(new NodeSelectorTerm(), new NodeSelectorTerm { MatchExpressions = [], MatchFields = [] });
        Assert.That(matcher.Matches(LabelledNode("n1", (Key, "a"))), Is.False);
    }

    [TestCase("metadata.name", "In", new[] { "n1" }, true)]
    [TestCase("metadata.name", "In", new[] { "n2" }, false)]
    [TestCase("metadata.name", "NotIn", new[] { "n2" }, true)]
    [TestCase("metadata.name", "NotIn", new[] { "n1" }, false)]
    [TestCase("metadata.name", "In", new[] { "n1", "n2" }, false)]
    [TestCase("metadata.name", "In", new string[0], false)]
    [TestCase("metadata.name", "Exists", new string[0], false)]
    [TestCase("metadata.name", "Gt", new[] { "1" }, false)]
    [TestCase("metadata.uid", "In", new[] { "n1" }, false)]
    [TestCase("metadata.uid", "In", new[] { "" }, true)]
    [TestCase("metadata.uid", "NotIn", new[] { "n1" }, true)]
    public void Matches_MatchFields_ComparesNodeName(string key, string op, string[] values, bool expected)
    {
        var term = new NodeSelectorTerm { MatchFields = [Requirement(key, op, values)] };
        Assert.That(Matcher(term).Matches(Node("n1")), Is.EqualTo(expected));
    }

    [Test]
    public void Matches_FieldsAndLabels_AreAnded()
    {
        var term = new NodeSelectorTerm { MatchExpressions = [Requirement(Key, "In", "a")], MatchFields = [Requirement("metadata.name", "In", "n1")] };
        Assert.Multiple(() =>
        {
            Assert.That(Matcher(term).Matches(LabelledNode("n1", (Key, "a"))), Is.True);
            Assert.That(Matcher(term).Matches(LabelledNode("n2", (Key, "a"))), Is.False);
            Assert.That(Matcher(term).Matches(LabelledNode("n1", (Key, "b"))), Is.False);
        });
    }

    [Test]
    public void Matches_NodeWithoutName_IgnoresFields()
    {
        var term = new NodeSelectorTerm { MatchFields = [Requirement("metadata.name", "In", "n1")] };
        Assert.That(Matcher(term).Matches(new Node()), Is.True);
    }

    private static bool MatchesOne(NodeSelectorRequirement requirement, string? label)
    {
        var node = label is null ? Node("n1") : LabelledNode("n1", (Key, label));
        return Matcher(Term(requirement)).Matches(node);
    }

    private static NodeSelectorTerm Term(params NodeSelectorRequirement[] requirements) => new() { MatchExpressions = requirements };

    private static NodeSelectorMatcher Matcher(params NodeSelectorTerm[] terms) => new(new NodeSelector { NodeSelectorTerms = terms });
}
