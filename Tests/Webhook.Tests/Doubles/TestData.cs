namespace Stork.Webhook.Tests.Doubles;

internal static class TestData
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, "testdata", .. parts]);
}
