namespace Newsdesk.Infrastructure.Storage;

/// <summary>A store that cannot be used as asked (a copy into a database that already holds data); the message says what to do.</summary>
public sealed class StoreException(string message) : Exception(message);
