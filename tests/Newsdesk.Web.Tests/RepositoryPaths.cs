namespace Newsdesk.Web.Tests;

internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root (Newsdesk.slnx) not found above " + AppContext.BaseDirectory);
        }
    }

    public static string DemoCorpus => Path.Combine(Root, "samples", "demo");
}
