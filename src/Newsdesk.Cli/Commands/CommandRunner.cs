using Newsdesk.Core.Extract;
using Newsdesk.Core.Ingest;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Llm;

namespace Newsdesk.Cli.Commands;

/// <summary>Runs a command body and turns the failures users can cause into one line on stderr and exit code 1.</summary>
internal static class CommandRunner
{
    public static async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (Infrastructure.Storage.StoreFaults.Describe(ex) is { } fault)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {fault}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("newsdesk: cancelled");
            return 130;
        }
        catch (System.Data.Common.DbException ex)
        {
            await Console.Error.WriteLineAsync($"newsdesk: database error: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is FetchException or FeedFormatException or NoArticleException or IOException
            or UnauthorizedAccessException or UsageException or FormatException or InvalidDataException or LlmConfigurationException
            or Infrastructure.Config.SettingsException or Infrastructure.Storage.StoreException)
        {
            await Console.Error.WriteLineAsync($"newsdesk: {ex.Message}");
            return ex is UsageException ? 2 : 1;
        }
    }

    /// <summary>"newsdesk: target: reason", without naming the target twice when the reason already does.</summary>
    public static string About(string target, string message) =>
        message.Contains(target, StringComparison.Ordinal) ? $"newsdesk: {message}" : $"newsdesk: {target}: {message}";
}
