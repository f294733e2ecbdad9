using Microsoft.Extensions.Configuration;

namespace Newsdesk.Infrastructure.Config;

/// <summary>
/// Finds the data directory (explicit path, then NEWSDESK_DATA_DIR, then the per-user data folder) and binds
/// newsdesk.json there, overridden by NEWSDESK_ environment variables (NEWSDESK_Fetch__AllowLoopback=true).
/// </summary>
public static class SettingsLoader
{
    public const string DataDirVariable = "NEWSDESK_DATA_DIR";

    public static NewsdeskSettings Load(string? dataDir = null)
    {
        var directory = Path.GetFullPath(dataDir ?? Environment.GetEnvironmentVariable(DataDirVariable) ?? DefaultDataDir());
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(directory, "newsdesk.json"), optional: true)
            .AddEnvironmentVariables("NEWSDESK_")
            .Build();
        var settings = new NewsdeskSettings();
        configuration.Bind(settings);
        settings.DataDir = directory;
        return settings;
    }

    private static string DefaultDataDir()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Environment.CurrentDirectory, ".newsdesk") : root, "newsdesk");
    }
}
