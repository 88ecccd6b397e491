using System.Net;
using System.Text.Json.Nodes;
using Stork.Webhook.Admission;
using Stork.Webhook.Tests.Doubles;

namespace Stork.Webhook.Tests.Integration;

/// <summary>Property: random byte mutations of the golden AdmissionReviews (fixed seed, bounded count) never make the
/// decoders throw nor the real server answer anything but 200 with an AdmissionReview echoing a uid, or 400 with a reason.</summary>
public sealed class MutatedBodyPropertyTests
{
    private const int Mutations = 2_000;
    private const int Seed = 13;

    /// <summary>Bytes a mutation writes: JSON's structure, escapes, quotes, digits, and UTF-8 that is invalid or a surrogate.</summary>
    private static readonly byte[] Interesting = "{}[]:,\"\\u0nlt1-e."u8.ToArray().Concat(new byte[] { 0x00, 0x80, 0xC3, 0xED, 0xA0, 0xFF }).ToArray();

    private WebhookServer server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await WebhookServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task Mutate_RandomByteMutationsOfGoldenReviews_Only200Or400()
    {
        var bodies = Directory.GetDirectories(TestData.Path("mutate")).Select(d => File.ReadAllBytes(Path.Combine(d, "request.json"))).ToArray();
        var random = new Random(Seed);
        var answered = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < Mutations; i++)
        {
            var body = Mutate(bodies[random.Next(bodies.Length)], random);
            Assert.That(() => Decode(body), Throws.Nothing, $"mutation {i}");
            using var content = new ByteArrayContent(body);
            using var answer = await server.PostAsync(content);
            var text = await answer.Content.ReadAsStringAsync();
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.BadRequest), $"mutation {i}: {text}");
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                Assert.That((string?)JsonNode.Parse(text)!["response"]!["uid"], Is.Not.Empty, $"mutation {i}");
            }

            answered[answer.StatusCode] = answered.GetValueOrDefault(answer.StatusCode) + 1;
        }

        Assert.That(answered.Keys, Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest }), "both answers occur, or the mutations test nothing");
        Assert.That(Reviews.Outcome(await server.AdmitAsync(Reviews.WithClaim("web"))), Is.EqualTo("mutated"));
    }

    private static void Decode(byte[] body)
    {
        if (AdmissionBodyReader.Parse(body).Review?.Request is { } request)
        {
            RequestFacts.From(request, body);
        }
    }

    /// <summary>One to four edits: a byte replaced, inserted or removed, at random places.</summary>
    private static byte[] Mutate(byte[] body, Random random)
    {
        var bytes = body.ToList();
        for (var edits = random.Next(1, 5); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            var value = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
            switch (random.Next(3))
            {
                case 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                default: bytes.RemoveAt(at); break;
            }
        }

        return [.. bytes];
    }
}
