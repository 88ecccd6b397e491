using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stork.Shared.Json;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Decoding;

/// <summary>Property tests of the cache decoders on random byte mutations of valid watch lines and list
/// pages (fixed seed, bounded count): never an exception other than a whole page's JsonException, and
/// whatever is accepted is a valid model.</summary>
internal sealed class DecoderMutationTests
{
    private const int Mutations = 1500;

    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public void ParseLine_RandomMutations_NeverThrowAndAcceptOnlyValidObjects(string plural)
    {
        var resource = CachedResource.Of(plural);
        var valid = new JsonObject { ["type"] = "MODIFIED", ["object"] = MalformedCorpus.Valid(plural, "fine") }.ToJsonString();
        var random = new Random(13);
        var accepted = 0;
        for (var i = 0; i < Mutations; i++)
        {
            // The watch reader decodes UTF-8 with replacement characters, as the services' StreamReader does.
            var line = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(valid), random));
            var (type, rejected, problem) = resource.ParseLine(line);

            Assert.That(problem, Is.Null, line);
            Assert.That(type == WatchEventType.Malformed, Is.EqualTo(rejected is not null), line);
            accepted += type == WatchEventType.Malformed ? 0 : 1;
        }

        Assert.That(accepted, Is.InRange(1, Mutations - 1), "some mutations keep the line valid, most do not");
    }

    [TestCaseSource(typeof(MalformedCorpus), nameof(MalformedCorpus.Resources))]
    public void DecodeList_RandomMutations_OnlyJsonExceptionsAndValidItems(string plural)
    {
        var resource = CachedResource.Of(plural);
        var page = new JsonObject
        {
            ["metadata"] = new JsonObject { ["resourceVersion"] = "5" },
            ["items"] = new JsonArray(MalformedCorpus.Valid(plural, "a"), MalformedCorpus.Valid(plural, "b")),
        }.ToJsonString();
        var random = new Random(17);
        for (var i = 0; i < Mutations; i++)
        {
            var json = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(page), random));
            IReadOnlyList<IKubeObject> items;
            try
            {
                (items, _) = resource.ParseList(json);
            }
            catch (JsonException)
            {
                continue; // The page as a whole is not JSON: the list call fails and is retried.
            }

            Assert.That(items, Has.All.Matches<IKubeObject>(item => Problem(plural, item) is null), json);
        }
    }

    private static string? Problem(string plural, IKubeObject item) => item switch
    {
        Node n => KubeObjectCheck.Problem(n, KubeJsonContext.Default.Node),
        Namespace n => KubeObjectCheck.Problem(n, KubeJsonContext.Default.Namespace),
        PersistentVolumeClaim c => KubeObjectCheck.Problem(c, KubeJsonContext.Default.PersistentVolumeClaim),
        PersistentVolume v => KubeObjectCheck.Problem(v, KubeJsonContext.Default.PersistentVolume),
        StorageClass s => KubeObjectCheck.Problem(s, KubeJsonContext.Default.StorageClass),
        CsiNode c => KubeObjectCheck.Problem(c, KubeJsonContext.Default.CsiNode),
        Pod p => KubeObjectCheck.Problem(p, KubeJsonContext.Default.Pod),
        _ => $"unexpected {item.GetType().Name} in {plural}",
    };

    /// <summary>One to three random edits: overwrite, delete or insert a byte, or blank a JSON token character.</summary>
    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = source.ToList();
        ReadOnlySpan<byte> interesting = "{}[]\":,nul0\\"u8;
        for (var edits = random.Next(1, 4); edits > 0 && bytes.Count > 1; edits--)
        {
            var at = random.Next(bytes.Count);
            var value = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, value);
                    break;
            }
        }

        return [.. bytes];
    }
}
