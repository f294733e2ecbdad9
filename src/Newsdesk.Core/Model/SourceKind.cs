namespace Newsdesk.Core.Model;

/// <summary>What a subscription points at.</summary>
public enum SourceKind
{
    Feed,
    Page,
    File,
}
