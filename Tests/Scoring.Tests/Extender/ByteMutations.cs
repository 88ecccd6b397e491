namespace Stork.Scoring.Tests.Extender;

/// <summary>Random byte mutations of a valid body (fixed seed): overwrite, delete, insert or duplicate a slice,
/// one to three times; bytes are drawn from JSON punctuation, UTF-8 lead/continuation bytes and ASCII.</summary>
internal static class ByteMutations
{
    private static readonly byte[] Alphabet = [.. "{}[]\":,\\u0d8ntf1 "u8.ToArray(), 0x00, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xFF];

    public static IEnumerable<byte[]> Of(byte[] valid, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var body = new List<byte>(valid);
            for (var m = random.Next(1, 4); m > 0 && body.Count > 1; m--)
            {
                var at = random.Next(body.Count);
                switch (random.Next(4))
                {
                    case 0: body[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                    case 1: body.RemoveAt(at); break;
                    case 2: body.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default:
                        var length = Math.Min(random.Next(1, 16), body.Count - at);
                        body.InsertRange(random.Next(body.Count), body.GetRange(at, length));
                        break;
                }
            }

            yield return [.. body];
        }
    }
}
