using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// A fingerprint of what a brief is written from: its story's articles (each version), the story's place in its
/// thread (the timeline's stories around it, previous/next), its slugs and translations, the site and the engine. A brief whose
/// fingerprint is unchanged is not written again. Related topics, and the recency part of the importance score, are
/// left out on purpose: they shift with every other story, and rewriting the archive for them is what a run must
/// not do — they are brought up to date when the brief is next written, or by `newsdesk rebuild`.
/// </summary>
public static class BriefInputs
{
    /// <summary>Bumped when the writer's output changes, so that an upgrade rewrites the briefs it affects.</summary>
    public const string WriterVersion = "brief-4";

    public static string Hash(BriefContext context, string engine)
    {
        var text = new StringBuilder();
        void Add(params object?[] values)
        {
            foreach (var value in values)
            {
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');
            }

            text.Append('\n');
        }

        Add(WriterVersion, engine, context.Story.Id, context.Language, context.Site.Publisher, context.Site.BaseUrl, context.TotalSources);
        foreach (var article in context.Articles.OrderBy(a => a.Article.Id))
        {
            Add("a", article.Article.Id, article.Article.ContentHash, article.Article.Published?.ToString("O", CultureInfo.InvariantCulture),
                context.Story.Alternates.TryGetValue(article.Article.Id, out var original) ? original : null);
        }

        foreach (var storyId in context.Thread.Around(context.Story.Id))
        {
            var link = context.Links.GetValueOrDefault(storyId);
            Add("t", storyId, link?.Slug, link?.Title, link?.FirstPublished.ToString("O", CultureInfo.InvariantCulture));
        }

        foreach (var (language, slug) in context.Slugs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Add("s", language, slug);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
