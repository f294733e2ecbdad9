namespace Newsdesk.Infrastructure.Storage;

/// <summary>Every table that holds a store's data, in an order that satisfies their foreign keys, each with its primary
/// key: what `migrate` copies and compares, and what a fresh demo empties. A new table is added here.</summary>
internal static class StoreTables
{
    public static readonly IReadOnlyList<(string Table, string Key)> All =
    [
        ("sources", "id"), ("articles", "id"), ("article_versions", "article_id, version"), ("fetch_log", "id"),
        ("threads", "id"), ("stories", "id"), ("story_articles", "story_id, article_id"), ("briefs", "id"), ("brief_tags", "brief_id, tag"),
        ("term_frequencies", "language, stem"), ("term_counted_articles", "article_id"), ("llm_calls", "id"), ("llm_cache", "key"),
        ("pending_items", "id"), ("article_analyses", "article_id"), ("feed_entries", "url"),
        ("build_journal", "kind, key"), ("brief_versions", "story_id, language, version"),
    ];
}
