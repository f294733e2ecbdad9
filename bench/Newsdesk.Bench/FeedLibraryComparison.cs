using System.Diagnostics;
using System.ServiceModel.Syndication;
using System.Xml;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Ingest;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Bench;

/// <summary>
/// Newsdesk's feed parser against System.ServiceModel.Syndication and CodeHollow.FeedReader on the feedparser
/// conformance checks, scored by the same comparer, plus parse throughput (all files in memory, one thread).
/// Neither library takes a base URL, so their relative links are resolved against the same address ours receives.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- feeds-compare ../shared/data/feeds/feedparser
/// </summary>
internal static class FeedLibraryComparison
{
    private delegate string? FieldReader(byte[] bytes, Uri baseUri, string field);

    public static int Run(string path)
    {
        var set = FeedConformanceSet.Load(path);
        var inputs = set.Cases.Select(c => (Case: c, Bytes: set.Bytes(c), Base: set.BaseUri(c))).ToList();
        var parsers = new (string Name, FieldReader Read, Action<byte[], Uri> Parse)[]
        {
            ("newsdesk", Newsdesk, (b, u) => FeedParser.Parse(b, u)),
            ("System.ServiceModel.Syndication", Syndication, (b, _) => LoadSyndication(b)),
            ("CodeHollow.FeedReader", CodeHollow, (b, _) => CodeHollowFeed(b)),
        };

        Console.WriteLine($"{"parser",-34} {"passed",7} {"rate",7} {"files/s",9}   worst fields");
        foreach (var (name, read, parse) in parsers)
        {
            var failures = new List<string>();
            foreach (var (feedCase, bytes, baseUri) in inputs)
            {
                string? actual;
                try
                {
                    actual = read(bytes, baseUri, feedCase.Field);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    actual = null;
                }

                if (!FeedFieldComparer.Matches(feedCase.Expected, actual))
                {
                    failures.Add(feedCase.Field);
                }
            }

            var files = inputs.DistinctBy(i => i.Case.File).ToList();
            var clock = Stopwatch.StartNew();
            var parsed = 0;
            for (var round = 0; round < 20; round++)
            {
                foreach (var file in files)
                {
                    try
                    {
                        parse(file.Bytes, file.Base);
                        parsed++;
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        parsed++;
                    }
                }
            }

            var passed = inputs.Count - failures.Count;
            var worst = string.Join(", ", failures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine($"{name,-34} {passed,7} {passed / (double)inputs.Count,7:P1} {parsed / clock.Elapsed.TotalSeconds,9:F0}   {worst}");
        }

        return 0;
    }

    private static string? Newsdesk(byte[] bytes, Uri baseUri, string field) => FeedFields.Read(FeedParser.Parse(bytes, baseUri), field);

    private static SyndicationFeed LoadSyndication(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return SyndicationFeed.Load(reader);
    }

    private static string? Syndication(byte[] bytes, Uri baseUri, string field)
    {
        var feed = LoadSyndication(bytes);
        var e = feed.Items.FirstOrDefault();
        var author = e?.Authors.FirstOrDefault();
        return field switch
        {
            "feed.title" => feed.Title?.Text,
            "feed.link" => Link(feed.Links, baseUri, "alternate"),
            "feed.description" => feed.Description?.Text,
            "feed.language" => feed.Language,
            "feed.rights" => feed.Copyright?.Text,
            "feed.id" => feed.Id,
            "feed.generator" => feed.Generator,
            "entry.title" => e?.Title?.Text,
            "entry.link" => e is null ? null : Link(e.Links, baseUri, "alternate"),
            "entry.id" => e?.Id,
            "entry.summary" => e?.Summary?.Text,
            "entry.content" => (e?.Content as TextSyndicationContent)?.Text,
            "entry.author" => author is null ? null : FeedAuthor.Display(author.Name, author.Email),
            "entry.author_name" => author?.Name ?? FeedAuthor.Name(author?.Email),
            "entry.published_utc" => e is null || e.PublishDate == default ? null : Utc(e.PublishDate),
            "entry.updated_utc" => e is null || e.LastUpdatedTime == default ? null : Utc(e.LastUpdatedTime),
            "entry.tags[0]" => e?.Categories.FirstOrDefault()?.Name,
            "entry.enclosure_url" => e is null ? null : Link(e.Links, baseUri, "enclosure"),
            _ => null,
        };
    }

    private static global::CodeHollow.FeedReader.Feed CodeHollowFeed(byte[] bytes) => global::CodeHollow.FeedReader.FeedReader.ReadFromByteArray(bytes);

    private static string? CodeHollow(byte[] bytes, Uri baseUri, string field)
    {
        var feed = CodeHollowFeed(bytes);
        var e = feed.Items.FirstOrDefault();
        return field switch
        {
            "feed.title" => feed.Title,
            "feed.link" => Resolve(feed.Link, baseUri),
            "feed.description" => feed.Description,
            "feed.language" => feed.Language,
            "feed.rights" => feed.Copyright,
            "entry.title" => e?.Title,
            "entry.link" => Resolve(e?.Link, baseUri),
            "entry.id" => e?.Id,
            "entry.summary" => e?.Description,
            "entry.content" => e?.Content,
            "entry.author" => e?.Author,
            "entry.author_name" => FeedAuthor.Name(e?.Author),
            "entry.published" => e?.PublishingDateString,
            "entry.published_utc" => Utc(e?.PublishingDate),
            "entry.tags[0]" => e?.Categories.FirstOrDefault(),
            _ => null,
        };
    }

    private static string? Link(IEnumerable<SyndicationLink> links, Uri baseUri, string rel)
    {
        var link = links.FirstOrDefault(l => (l.RelationshipType ?? "alternate") == rel);
        return link?.Uri is null ? null : new Uri(baseUri, link.Uri).ToString();
    }

    private static string? Resolve(string? link, Uri baseUri) =>
        string.IsNullOrWhiteSpace(link) ? null : Uri.TryCreate(baseUri, link.Trim(), out var absolute) ? absolute.ToString() : link;

    private static string? Utc(DateTimeOffset? time) => FeedFields.Utc(time);

    private static string? Utc(DateTime? time) => time is null ? null : Utc(new DateTimeOffset(DateTime.SpecifyKind(time.Value, DateTimeKind.Utc)));
}
