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
        var file = Path.Combine(directory, "newsdesk.json");
        var parsed = Parse(file);
        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddJsonFile(file, optional: true).AddEnvironmentVariables("NEWSDESK_").Build();
        }
        catch (InvalidDataException ex)
        {
            throw new SettingsException($"{file} is not valid JSON: {ex.InnerException?.Message ?? ex.Message}");
        }

        var settings = new NewsdeskSettings();
        try
        {
            configuration.Bind(settings);
        }
        catch (InvalidOperationException ex)
        {
            throw new SettingsException(Describe(ex, configuration));
        }

        SettingsValidator.Validate(parsed?.RootElement, new ConfigurationBuilder().AddEnvironmentVariables("NEWSDESK_").Build(), settings);
        settings.DataDir = directory;
        return settings;
    }

    /// <summary>The settings file parsed as the configuration reads it (comments and trailing commas allowed), or null
    /// when there is none; a syntax error is reported with its line and column.</summary>
    private static System.Text.Json.JsonDocument? Parse(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonDocument.Parse(File.ReadAllText(file), new System.Text.Json.JsonDocumentOptions
            {
                CommentHandling = System.Text.Json.JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (System.Text.Json.JsonException ex)
        {
            var reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '.');
            throw new SettingsException($"{file} is not valid JSON: line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {reason}");
        }
    }

    /// <summary>"Failed to convert configuration value at 'Fetch:TimeoutSeconds' to type 'System.Int32'" as one line a user can act on.</summary>
    private static string Describe(InvalidOperationException ex, IConfiguration configuration)
    {
        var match = System.Text.RegularExpressions.Regex.Match(ex.Message, "at '([^']+)' to type '([^']+)'");
        if (!match.Success)
        {
            return $"a setting could not be read: {ex.Message}";
        }

        var key = match.Groups[1].Value;
        var wanted = match.Groups[2].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" => "true or false",
            "System.Double" or "System.Decimal" => "a number",
            var other => $"a {other.Split('.')[^1]}",
        };
        return $"setting {key} (NEWSDESK_{key.Replace(":", "__", StringComparison.Ordinal)} or newsdesk.json) is \"{configuration[key]}\", which is not {wanted}";
    }

    private static string DefaultDataDir()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(Environment.CurrentDirectory, ".newsdesk") : root, "newsdesk");
    }
}
