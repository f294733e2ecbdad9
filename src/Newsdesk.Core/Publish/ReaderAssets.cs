namespace Newsdesk.Core.Publish;

/// <summary>The reader's stylesheet and script, embedded so the live reader and the static export serve the same bytes.</summary>
public static class ReaderAssets
{
    public static string Stylesheet { get; } = Read("site.css");

    public static string Script { get; } = Read("reader.js");

    private static string Read(string name)
    {
        using var stream = typeof(ReaderAssets).Assembly.GetManifestResourceStream("Newsdesk.Core.Publish.Assets." + name)
            ?? throw new InvalidOperationException($"embedded asset {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
