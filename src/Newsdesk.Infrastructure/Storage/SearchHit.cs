using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>A search result: the brief's card and a snippet whose matches are wrapped in <see cref="MarkStart"/>/<see cref="MarkEnd"/>.</summary>
public sealed record SearchHit(BriefCard Card, string Snippet)
{
    /// <summary>Control characters no text contains, so the page can encode the snippet and then turn them into &lt;mark&gt;.</summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';
}
