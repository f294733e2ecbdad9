namespace Newsdesk.Cli.Commands;

/// <summary>The command was asked for something it cannot do as given (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
