namespace Newsdesk.Core.Model;

/// <summary>An entry of the brief's numbered sources list; citations [n] point here.</summary>
public sealed record BriefSource(int Number, string Title, string? Publisher, DateTimeOffset? Published, string Url, string Language);
