using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class BearerTokenFileTests
{
    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(Path.GetTempPath(), $"px-token-{Guid.NewGuid():N}");

    [TearDown]
    public void TearDown() => File.Delete(_path);

    [Test]
    public void Read_Twice_TrimmedTokenBothTimes()
    {
        File.WriteAllText(_path, "  abc.def.ghi \n");
        var token = new BearerTokenFile(_path);

        Assert.That(new[] { token.Read(), token.Read() }, Is.All.EqualTo("abc.def.ghi"));
    }

    [Test]
    public void Read_SameSizeNewWriteTime_ReadsNewToken()
    {
        File.WriteAllText(_path, "aaaa");
        File.SetLastWriteTimeUtc(_path, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var token = new BearerTokenFile(_path);
        token.Read();

        File.WriteAllText(_path, "bbbb");
        File.SetLastWriteTimeUtc(_path, new DateTime(2025, 1, 1, 0, 1, 0, DateTimeKind.Utc));

        Assert.That(token.Read(), Is.EqualTo("bbbb"));
    }

    [Test]
    public void Read_NewSizeSameWriteTime_ReadsNewToken()
    {
        var stamp = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.WriteAllText(_path, "short");
        File.SetLastWriteTimeUtc(_path, stamp);
        var token = new BearerTokenFile(_path);
        token.Read();

        File.WriteAllText(_path, "a-longer-token");
        File.SetLastWriteTimeUtc(_path, stamp);

        Assert.That(token.Read(), Is.EqualTo("a-longer-token"));
    }

    [Test]
    public void Read_Missing_FileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => new BearerTokenFile(_path).Read());
}
