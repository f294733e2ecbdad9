namespace Newsdesk.Infrastructure.Config;

/// <summary>A setting (environment variable or newsdesk.json) that cannot be read, said in one line.</summary>
public sealed class SettingsException(string message) : Exception(message);
