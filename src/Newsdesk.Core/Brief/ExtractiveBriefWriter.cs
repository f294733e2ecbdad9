using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// The default engine: writes every section from quoted source sentences, each cited, none repeated across
/// sections (see <see cref="RedundancyGuard"/>); a section with nothing real to say is left out.
/// Deterministic and offline.
/// </summary>
public static class ExtractiveBriefWriter
{
    public const string Engine = "extractive";

    private const int MaxKeyTerms = 8;
    private const int MaxTags = 6;

    public static StoryBrief Write(BriefContext context) => Draft(context, 0).Brief;

    /// <summary>The brief, and the story's <paramref name="evidence"/> best distinct sentences in the brief's language
    /// with their citation numbers (what the model engine is given instead of whole articles).</summary>
    public static (StoryBrief Brief, IReadOnlyList<EvidenceSentence> Evidence) Draft(BriefContext context, int evidence)
    {
        var language = context.Language;
        var sources = NumberSources(context.Articles, language);
        var citations = context.Articles.ToDictionary(a => a.Article.Id, a => sources.First(s => s.Url == a.Article.Url).Number);
        var quoted = StoryLanguages.Quoted(context.Articles, language);
        var keyTerms = context.Links.GetValueOrDefault(context.Story.Id)?.KeyTerms ?? StoryKeyTerms.Of(quoted, language);
        // A bounded brief (a story of more reports than it is written from) quotes from each report's opening, where news
        // puts what matters: its cost then follows neither the story's size nor its reports' length.
        var bounded = context.TotalSources > context.Articles.Count;
        var pool = new SentencePool(quoted, citations, keyTerms.Words, language, bounded ? SourceSelection.OpeningSentences : null);
        // What newer reports superseded is stated nowhere as current; the newest development leads.
        var development = StoryDevelopment.Read(pool.All, context.Articles, context.Story.ArticleIds, context.Previous, keyTerms.Words, language);
        pool.Retire(development.Superseded);
        var ranked = pool.Ranked(evidence).Select(c => new EvidenceSentence(c.Citation, c.Sentence.Position, c.Text)).ToList();
        var cues = SectionCues.For(language);

        var sections = new List<BriefSection>();
        var lead = development.Lead is { } leading ? pool.Take(1, c => ReferenceEquals(c, leading)) : [];
        if (development.Grew)
        {
            AddSection(sections, BriefSectionKind.WhatsNew, WhatsNew(pool, development, lead, context, citations));
        }

        AddSection(sections, BriefSectionKind.TlDr, Cite(pool, lead.Count > 0 ? lead : pool.Take(1)));
        AddSection(sections, BriefSectionKind.Summary, Cite(pool, pool.Take(4)));
        AddSection(sections, BriefSectionKind.WhyItMatters, Cite(pool, pool.Take(2, c => SectionCues.Has(c.Lower, cues.Consequence))));
        AddSection(sections, BriefSectionKind.KeyPoints, Cite(pool, pool.Take(4, c => c.IsFact)));
        AddSection(sections, BriefSectionKind.Perspectives, Perspectives(pool, cues));
        AddSection(sections, BriefSectionKind.KeyTerms, KeyTermItems(keyTerms.Glossary, quoted, citations, language));
        AddSection(sections, BriefSectionKind.Faq, Faq(pool, language));
        AddSection(sections, BriefSectionKind.Timeline, Timeline(context));
        AddSection(sections, BriefSectionKind.RelatedTopics, Related(context, keyTerms.Glossary));
        sections.Add(new BriefSection(BriefSectionKind.Sources, sources.Select(s => new BriefItem(s.Title, [s.Number])).ToList()));

        var frontMatter = FrontMatter(context, quoted, keyTerms.Glossary, sources) with { Version = development.Version };
        // The headline follows the lead: the title of the report the TL;DR quotes.
        frontMatter = lead.Count > 0 ? frontMatter with { Title = SourceTitle(lead[0].Source) } : frontMatter;
        return (new StoryBrief(context.Story.Id, frontMatter, sections, sources), ranked);
    }

    private static BriefFrontMatter FrontMatter(BriefContext context, IReadOnlyList<ArticleAnalysis> quoted, IReadOnlyList<KeyTerm> glossary, IReadOnlyList<BriefSource> sources)
    {
        var language = context.Language;
        var story = context.Story;
        var slug = context.Slugs[language];
        var publishers = sources.Select(s => s.Publisher ?? new Uri(s.Url).Host).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var total = Math.Max(sources.Count, context.TotalSources ?? 0);
        var importance = ImportanceScore.Compute(total, publishers, story.Updated, context.Newest);
        // Every source in every language (the cues are in both): a story has one category, whichever language it is read in.
        var tokens = context.Articles.SelectMany(a => Tokenizer.Lower(a.Article.Title + " " + a.Article.Text));
        return new BriefFrontMatter
        {
            Title = context.Links.TryGetValue(story.Id, out var link) ? link.Title : quoted[0].Article.Title,
            Slug = slug,
            Date = DateOnly.FromDateTime(story.FirstPublished.UtcDateTime),
            Updated = story.Updated,
            Category = CategoryClassifier.Classify(tokens),
            Tags = glossary.Select(k => SlugBuilder.Slugify(k.Term)).Where(t => t.Length > 1).Distinct().Take(MaxTags).ToList(),
            Language = language,
            Translations = context.Slugs.Where(kv => kv.Key != language).ToDictionary(kv => kv.Key, kv => kv.Value),
            SourcesCount = total,
            // Provisional: the pipeline features the day's top share (FeaturedStories) once it knows the day's other stories.
            Featured = importance >= ImportanceScore.FeaturedFloor,
            Importance = importance,
            Thread = story.ThreadId,
            Previous = SlugOf(context, context.Thread.Previous(story.Id)),
            Next = SlugOf(context, context.Thread.Next(story.Id)),
            Engine = Engine,
            Publisher = context.Site.Publisher,
            Url = context.Site.StoryUrl(language, slug),
        };
    }

    /// <summary>
    /// What the reports new since the previous version added: their sentences whose fact no earlier report states, those
    /// with a new figure first (up to five of those, so a development's figures are not dropped), at least three when
    /// there are; the lead itself stands in the TL;DR. When the lead is all that is new, a line says which report leads;
    /// when nothing is, a line says the new reports confirm the story.
    /// </summary>
    private static List<BriefItem> WhatsNew(SentencePool pool, StoryDevelopment development, IReadOnlyList<Candidate> lead, BriefContext context, IReadOnlyDictionary<long, int> citations)
    {
        var picked = pool.Take(5, c => development.IsNovel(c) && development.HasNewFigure(c)).ToList();
        picked.AddRange(pool.Take(Math.Max(0, 3 - picked.Count), development.IsNovel));
        var items = Cite(pool, picked.OrderBy(c => c.Source.Article.Published).ThenBy(c => c.Citation).ThenBy(c => c.Sentence.Position));
        if (items.Count > 0)
        {
            return items;
        }

        if (lead.Count > 0)
        {
            return [new BriefItem(SectionHeadings.LatestLeads(OutletOf(lead[0]), context.Language), [lead[0].Citation])];
        }

        var fresh = context.Articles.Where(a => a.Article.Id > development.Baseline).ToList();
        var own = fresh.Where(a => a.Language == context.Language).Select(a => citations[a.Article.Id]).Distinct().Order().ToList();
        if (own.Count > 0)
        {
            return [new BriefItem(SectionHeadings.NothingNew(own.Count, context.Language), own)];
        }

        // Only reports in the other language are new: named and cited, for a reader who reads both.
        var other = fresh.Select(a => citations[a.Article.Id]).Distinct().Order().ToList();
        return other.Count == 0 ? [] : [new BriefItem(SectionHeadings.OtherLanguageNew(other.Count, StoryLanguages.Other(context.Language), context.Language), other)];
    }

    private static string? SlugOf(BriefContext context, string? storyId) =>
        storyId is not null && context.Links.TryGetValue(storyId, out var link) ? link.Slug : null;

    /// <summary>Numbers the sources: the brief's own language first, then by date, so [1] is a source the reader can read.</summary>
    private static List<BriefSource> NumberSources(IReadOnlyList<ArticleAnalysis> articles, string language) =>
        articles
            .OrderBy(a => a.Language == language ? 0 : 1)
            .ThenBy(a => a.Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Article.Url, StringComparer.Ordinal)
            .Select((a, i) => new BriefSource(i + 1, SourceTitle(a), a.Article.SiteName, a.Article.Published, a.Article.Url, a.Language))
            .ToList();

    /// <summary>A source's own title, cleaned, and marked "…" where the source cut it short.</summary>
    private static string SourceTitle(ArticleAnalysis article)
    {
        var title = HeadlineChooser.Clean(article.Article.Title);
        return HeadlineChooser.IsCut(title, () => article.Article.Text, article.Language) ? HeadlineChooser.Complete(title, article.Article.Text, article.Language) : title;
    }

    private static List<BriefItem> Cite(SentencePool pool, IEnumerable<Candidate> candidates) =>
        candidates.Select(c => new BriefItem(c.Text, pool.Citations(c))).ToList();

    private static void AddSection(List<BriefSection> sections, BriefSectionKind kind, List<BriefItem> items)
    {
        if (items.Count > 0)
        {
            sections.Add(new BriefSection(kind, items));
        }
    }

    private static List<BriefItem> Perspectives(SentencePool pool, SectionCues cues)
    {
        // One attributed voice per source, so the section shows sides rather than one outlet twice.
        // A source counts as heard once one of its sentences is taken (deciding that inside the filter, which sees
        // sentences used elsewhere too, silenced a source whose best attributed sentence was already in the Summary).
        var heard = new HashSet<int>();
        var items = new List<BriefItem>();
        while (items.Count < 3 && pool.Take(1, c => SectionCues.Has(c.Lower, cues.Attribution) && !heard.Contains(c.Citation)).FirstOrDefault() is { } voice)
        {
            heard.Add(voice.Citation);
            items.Add(new BriefItem(voice.Text, [voice.Citation]) { Label = OutletOf(voice) });
        }

        return items;
    }

    /// <summary>Who a perspective is from: the outlet's name, else its host, else its source number — never empty.</summary>
    private static string OutletOf(Candidate candidate) =>
        !string.IsNullOrWhiteSpace(candidate.Source.Article.SiteName) ? candidate.Source.Article.SiteName.Trim()
        : Uri.TryCreate(candidate.Source.Article.Url, UriKind.Absolute, out var url) && url.Host.Length > 0 ? url.Host
        : $"[{candidate.Citation}]";

    /// <summary>The story's glossary terms that a source defines (the most central first), each with its kind and the
    /// defining words quoted and cited (<see cref="KeyTermDefinition"/>): a glossary explains. A term no source
    /// defines stays a tag and a Related-topics link, but is not listed with a sentence that merely names it. A
    /// person introduced by a role is listed by name, the role being the explanation.</summary>
    private static List<BriefItem> KeyTermItems(IReadOnlyList<KeyTerm> glossary, IReadOnlyList<ArticleAnalysis> quoted, IReadOnlyDictionary<long, int> citations, string language)
    {
        var bySource = quoted.OrderBy(a => citations[a.Article.Id]).ToList();
        var items = new List<BriefItem>();
        foreach (var term in glossary)
        {
            var name = term.Term; // the glossary gives names without their role
            var definition = bySource
                .Where(a => a.Article.Paragraphs.Any(p => p.Contains(name, StringComparison.Ordinal)))
                .SelectMany(a => a.Sentences.Select(s => (Citation: citations[a.Article.Id], Words: KeyTermDefinition.Find(name, s.Text, language, term.Kind))))
                .FirstOrDefault(d => d.Words is not null);
            if (definition.Words is not null)
            {
                items.Add(new BriefItem(definition.Words, [definition.Citation]) { Label = name, Kind = term.Kind is KeyTermKind.Phrase ? null : term.Kind });
            }

            if (items.Count == MaxKeyTerms)
            {
                break;
            }
        }

        return items;
    }

    private static List<BriefItem> Faq(SentencePool pool, string language) =>
        FaqQuestion.For(language)
            .Select(q => (Question: q, Answer: pool.Take(1, q.Answers).FirstOrDefault()))
            .Where(x => x.Answer is not null)
            .Select(x => new BriefItem(x.Answer!.Text, pool.Citations(x.Answer!)) { Label = x.Question.In(language) })
            .ToList();

    private static List<BriefItem> Timeline(BriefContext context)
    {
        if (context.Thread.StoryIds.Count < 2)
        {
            return [];
        }

        return context.Thread.Around(context.Story.Id)
            .Where(context.Links.ContainsKey)
            .Select(id => context.Links[id])
            .Select(l => new BriefItem($"{l.FirstPublished.UtcDateTime:yyyy-MM-dd}: {l.Title}", []) { LinkSlug = l.StoryId == context.Story.Id ? null : l.Slug })
            .ToList();
    }

    /// <summary>Other stories sharing glossary terms, labelled with the terms as this brief writes them (not their stems).</summary>
    private static List<BriefItem> Related(BriefContext context, IReadOnlyList<KeyTerm> glossary)
    {
        var mine = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in glossary)
        {
            mine.TryAdd(TermNormalizer.Key(term.Term, context.Language), term.Term);
        }

        // A plain loop: every brief of a batch looks through every story it may link to (the batch and the open window),
        // and a list per story, most of them empty, was a tenth of a brief's cost.
        var sharing = new List<(StoryLink Link, List<string> Shared)>();
        foreach (var link in context.Links.Values)
        {
            if (link.TermKeys.Count == 0 || link.StoryId == context.Story.Id || context.Thread.Contains(link.StoryId))
            {
                continue;
            }

            List<string>? shared = null;
            foreach (var key in link.TermKeys)
            {
                if (mine.TryGetValue(key, out var surface))
                {
                    (shared ??= []).Add(surface);
                }
            }

            if (shared is not null)
            {
                sharing.Add((link, shared));
            }
        }

        return sharing
            .OrderByDescending(x => x.Shared.Count).ThenByDescending(x => x.Link.FirstPublished)
            .Take(5)
            .Select(x => new BriefItem(x.Link.Title, []) { LinkSlug = x.Link.Slug, Label = string.Join(", ", x.Shared.Take(3)) })
            .ToList();
    }
}
