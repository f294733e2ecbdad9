namespace Newsdesk.Infrastructure.Storage;

/// <summary>The SQLite schema, as numbered steps (PostgresMigrations has the same steps for PostgreSQL). Append new steps; never edit one that has shipped.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "sources and articles", """
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                url TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                title TEXT, site_url TEXT, etag TEXT, last_modified TEXT,
                last_fetched_at TEXT, last_status INTEGER, last_error TEXT, next_poll_at TEXT,
                created_at TEXT NOT NULL);
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL,
                canonical_url TEXT,
                source_id INTEGER REFERENCES sources(id),
                title TEXT NOT NULL, byline TEXT, published TEXT, language TEXT NOT NULL, site_name TEXT,
                text TEXT NOT NULL, content_hash TEXT NOT NULL, version INTEGER NOT NULL,
                fetched_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX articles_url ON articles(url);
            CREATE TABLE article_versions (
                article_id INTEGER NOT NULL REFERENCES articles(id),
                version INTEGER NOT NULL,
                title TEXT NOT NULL, text TEXT NOT NULL, content_hash TEXT NOT NULL, fetched_at TEXT NOT NULL,
                PRIMARY KEY (article_id, version));
            CREATE TABLE fetch_log (
                id INTEGER PRIMARY KEY, at TEXT NOT NULL, source_id INTEGER, url TEXT NOT NULL, error TEXT NOT NULL);
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
            CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
            CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
            """),
        (2, "stories, threads and briefs", """
            CREATE TABLE threads (id TEXT PRIMARY KEY, story_ids TEXT NOT NULL);
            CREATE TABLE stories (
                id TEXT PRIMARY KEY, thread_id TEXT, first_published TEXT NOT NULL, updated TEXT NOT NULL, key_terms TEXT NOT NULL);
            CREATE TABLE story_articles (
                story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                article_id INTEGER NOT NULL REFERENCES articles(id),
                PRIMARY KEY (story_id, article_id));
            CREATE TABLE briefs (
                id INTEGER PRIMARY KEY,
                story_id TEXT NOT NULL, language TEXT NOT NULL, slug TEXT NOT NULL, title TEXT NOT NULL,
                date TEXT NOT NULL, category TEXT NOT NULL, featured INTEGER NOT NULL,
                markdown TEXT NOT NULL, json TEXT NOT NULL, updated TEXT NOT NULL,
                UNIQUE (story_id, language), UNIQUE (language, slug));
            CREATE VIRTUAL TABLE briefs_fts USING fts5(title, markdown, content='briefs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER briefs_ai AFTER INSERT ON briefs BEGIN
                INSERT INTO briefs_fts(rowid, title, markdown) VALUES (new.id, new.title, new.markdown); END;
            CREATE TRIGGER briefs_ad AFTER DELETE ON briefs BEGIN
                INSERT INTO briefs_fts(briefs_fts, rowid, title, markdown) VALUES ('delete', old.id, old.title, old.markdown); END;
            CREATE TRIGGER briefs_au AFTER UPDATE ON briefs BEGIN
                INSERT INTO briefs_fts(briefs_fts, rowid, title, markdown) VALUES ('delete', old.id, old.title, old.markdown);
                INSERT INTO briefs_fts(rowid, title, markdown) VALUES (new.id, new.title, new.markdown); END;
            """),
        (3, "brief tags and listing indexes", """
            CREATE TABLE brief_tags (
                brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
                tag TEXT NOT NULL, language TEXT NOT NULL, date TEXT NOT NULL,
                PRIMARY KEY (brief_id, tag));
            CREATE INDEX brief_tags_tag ON brief_tags(tag, language, date DESC);
            CREATE INDEX briefs_listing ON briefs(date DESC, updated DESC, slug);
            CREATE INDEX briefs_language ON briefs(language, date DESC, updated DESC, slug);
            CREATE INDEX briefs_category ON briefs(category, date DESC, updated DESC, slug);
            CREATE INDEX briefs_featured ON briefs(featured, date DESC, updated DESC, slug);
            ALTER TABLE briefs ADD COLUMN thread_id TEXT;
            ALTER TABLE briefs ADD COLUMN sources_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE briefs ADD COLUMN importance REAL NOT NULL DEFAULT 0;
            ALTER TABLE briefs ADD COLUMN tldr TEXT;
            CREATE INDEX briefs_thread ON briefs(thread_id);
            """),
        (4, "consecutive fetch errors per source", """
            ALTER TABLE sources ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;
            """),
        (5, "background document frequencies", """
            CREATE TABLE term_frequencies (
                language TEXT NOT NULL, stem TEXT NOT NULL, documents INTEGER NOT NULL,
                PRIMARY KEY (language, stem)) WITHOUT ROWID;
            CREATE TABLE term_counted_articles (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id), language TEXT NOT NULL);
            """),
        (6, "model calls and response cache", """
            CREATE TABLE llm_calls (
                id INTEGER PRIMARY KEY, at TEXT NOT NULL, story_id TEXT NOT NULL, language TEXT NOT NULL,
                purpose TEXT NOT NULL, model TEXT NOT NULL, tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL,
                cost_usd REAL NOT NULL, outcome TEXT NOT NULL, detail TEXT, prompt_tokens INTEGER, whole_tokens INTEGER);
            CREATE INDEX llm_calls_story ON llm_calls(story_id, language);
            CREATE TABLE llm_cache (
                key TEXT PRIMARY KEY, model TEXT NOT NULL, response TEXT NOT NULL,
                tokens_in INTEGER NOT NULL, tokens_out INTEGER NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;
            """),
        (7, "page queue, poll attempts, no undated articles", """
            CREATE TABLE pending_items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                url TEXT NOT NULL UNIQUE,
                item TEXT, published TEXT, found_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
            CREATE INDEX pending_items_source ON pending_items(source_id, published DESC);
            ALTER TABLE sources ADD COLUMN last_attempt_at TEXT;
            UPDATE articles SET published = fetched_at WHERE published IS NULL;
            """),
        (8, "analyses kept per article version, briefs remember their inputs, threads their signature", """
            CREATE TABLE article_analyses (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                version INTEGER NOT NULL, analysis BLOB NOT NULL);
            ALTER TABLE briefs ADD COLUMN input_hash TEXT;
            ALTER TABLE threads ADD COLUMN signature TEXT;
            ALTER TABLE threads ADD COLUMN languages TEXT;
            ALTER TABLE threads ADD COLUMN last_story_at TEXT;
            CREATE INDEX stories_updated ON stories(updated);
            CREATE INDEX threads_last_story ON threads(last_story_at);
            CREATE INDEX story_articles_article ON story_articles(article_id);
            CREATE INDEX articles_published ON articles(published, version);
            CREATE INDEX article_analyses_version ON article_analyses(article_id, version);
            CREATE INDEX articles_source ON articles(source_id, published, fetched_at);
            CREATE INDEX articles_version ON articles(version);
            """),
        (9, "sanitized feed entries kept per brief", """
            CREATE TABLE feed_entries (url TEXT PRIMARY KEY, hash TEXT NOT NULL, html TEXT NOT NULL) WITHOUT ROWID;
            """),
        (10, "analyses say how they are encoded (1: JSON, as all stored before; 2: binary)", """
            ALTER TABLE article_analyses ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
            """),
        (11, "search indexes a brief's readable text, not its Markdown", """
            DROP TRIGGER briefs_ai;
            DROP TRIGGER briefs_ad;
            DROP TRIGGER briefs_au;
            DROP TABLE briefs_fts;
            ALTER TABLE briefs ADD COLUMN body TEXT;
            CREATE VIRTUAL TABLE briefs_fts USING fts5(title, body, content='briefs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER briefs_ai AFTER INSERT ON briefs BEGIN
                INSERT INTO briefs_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;
            CREATE TRIGGER briefs_ad AFTER DELETE ON briefs BEGIN
                INSERT INTO briefs_fts(briefs_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END;
            CREATE TRIGGER briefs_au AFTER UPDATE OF title, body ON briefs BEGIN
                INSERT INTO briefs_fts(briefs_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO briefs_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;
            INSERT INTO briefs_fts(briefs_fts) VALUES ('rebuild');
            CREATE INDEX briefs_unsearchable ON briefs(id) WHERE body IS NULL;
            """),
        (12, "which briefs a list in each language shows: each story once, in that language where it has a brief in it", """
            ALTER TABLE briefs ADD COLUMN in_en INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE briefs ADD COLUMN in_de INTEGER NOT NULL DEFAULT 1;
            UPDATE briefs SET
                in_en = (language = 'en' OR NOT EXISTS (SELECT 1 FROM briefs o WHERE o.story_id = briefs.story_id AND o.language = 'en')),
                in_de = (language = 'de' OR NOT EXISTS (SELECT 1 FROM briefs o WHERE o.story_id = briefs.story_id AND o.language = 'de'));
            CREATE INDEX briefs_in_en ON briefs(in_en, date DESC, updated DESC, slug);
            CREATE INDEX briefs_in_de ON briefs(in_de, date DESC, updated DESC, slug);
            """),
        (13, "claims: which worker polls a feed or fetches a page, and until when", """
            ALTER TABLE sources ADD COLUMN claimed_by TEXT;
            ALTER TABLE sources ADD COLUMN claimed_until TEXT;
            ALTER TABLE pending_items ADD COLUMN claimed_by TEXT;
            ALTER TABLE pending_items ADD COLUMN claimed_until TEXT;
            """),
        (14, "build journal: work a run still owes; brief versions", """
            CREATE TABLE build_journal (
                kind TEXT NOT NULL, key TEXT NOT NULL, detail TEXT, stamp TEXT NOT NULL, since TEXT NOT NULL,
                PRIMARY KEY (kind, key));
            CREATE TABLE brief_versions (
                story_id TEXT NOT NULL, language TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL,
                title TEXT NOT NULL, tldr TEXT, through_article INTEGER NOT NULL, sources_count INTEGER NOT NULL,
                added TEXT NOT NULL, dropped TEXT NOT NULL, markdown BLOB NOT NULL,
                PRIMARY KEY (story_id, language, version));
            """),
    ];
}
