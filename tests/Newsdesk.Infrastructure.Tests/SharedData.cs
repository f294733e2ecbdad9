namespace Newsdesk.Infrastructure.Tests;

/// <summary>Finds ../shared/data beside the repository (or $NEWSDESK_SHARED_DATA); tests that need it skip visibly without it.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        var root = Environment.GetEnvironmentVariable("NEWSDESK_SHARED_DATA");
        if (root is null)
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
                {
                    root = Path.Combine(dir.FullName, "..", "shared", "data");
                    break;
                }
            }
        }

        var path = root is null ? null : Path.GetFullPath(Path.Combine(root, relative));
        return path is not null && (Directory.Exists(path) || File.Exists(path)) ? path : null;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when a shared evaluation set is not present.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relative)
    {
        if (SharedData.Find(relative) is null)
        {
            Skip = $"shared evaluation data not found: ../shared/data/{relative} (set NEWSDESK_SHARED_DATA to its folder)";
        }
    }
}
