namespace Newsdesk.Bench;

internal static class CorpusLocator
{
    public static string DemoCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "demo");
            if (File.Exists(Path.Combine(candidate, "outlets.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/demo not found above " + AppContext.BaseDirectory);
    }
}
