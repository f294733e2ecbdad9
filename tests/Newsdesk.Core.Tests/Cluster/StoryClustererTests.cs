using Newsdesk.Core.Cluster;

namespace Newsdesk.Core.Tests.Cluster;

public class StoryClustererTests
{
    private static readonly ClusterOptions Options = new();

    [Fact]
    public void English_and_german_reports_of_one_event_form_one_story_and_other_events_stay_apart()
    {
        var articles = Fixtures.FerryStory().Append(Fixtures.UnrelatedConcert()).ToList();
        var stories = new StoryClusterer(Options).Cluster(articles);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([1L, 2, 3]));
        Assert.Contains(stories, s => s.ArticleIds.SequenceEqual([4L]));
    }

    [Fact]
    public void The_strongest_similarity_says_how_far_an_article_is_from_joining_without_placing_it()
    {
        var ferry = Fixtures.FerryStory();
        var stream = new StoryStream(Options, new CollectionStatistics(ferry.Append(Fixtures.UnrelatedConcert()).ToList()));
        stream.Place(ferry[0]);

        Assert.True(stream.Strongest(ferry[1]) >= 1);
        Assert.True(stream.Strongest(Fixtures.UnrelatedConcert()) < 1);
        Assert.Equal(1, stream.Count);
        Assert.Equal(0, stream.Place(ferry[1]));
    }

    [Fact]
    public void Story_ids_are_deterministic_and_stay_as_a_story_grows()
    {
        var articles = Fixtures.FerryStory();
        var early = new StoryClusterer(Options).Cluster(articles.Take(2).ToList()).Single().Id;
        var grown = new StoryClusterer(Options).Cluster(articles).Single().Id;
        var again = new StoryClusterer(Options).Cluster(articles).Single().Id;

        Assert.Equal(early, grown);
        Assert.Equal(grown, again);
    }

    [Fact]
    public void A_german_report_arriving_first_still_gathers_the_english_ones()
    {
        var stories = new StoryClusterer(Options).Cluster(Fixtures.FerryStory().Reverse().ToList());
        Assert.Equal([1L, 2, 3], Assert.Single(stories).ArticleIds.Order());
    }

    [Fact]
    public void A_follow_up_days_later_is_a_new_story_in_the_same_thread()
    {
        var articles = Fixtures.FerryStory().Append(Fixtures.FerryFollowUp()).Append(Fixtures.UnrelatedConcert()).ToList();
        var stories = new StoryClusterer(Options).Cluster(articles);
        var (linked, threads) = new ThreadLinker(Options).Link(stories, articles.ToDictionary(a => a.Article.Id));

        Assert.Equal(3, linked.Count);
        var ferryThread = Assert.Single(threads, t => t.StoryIds.Count == 2);
        var first = linked.Single(s => s.ArticleIds.Contains(1));
        var followUp = linked.Single(s => s.ArticleIds.Contains(5));
        Assert.Equal([first.Id, followUp.Id], ferryThread.StoryIds);
        Assert.Equal(followUp.Id, ferryThread.Next(first.Id));
        Assert.Equal(first.Id, ferryThread.Previous(followUp.Id));
        Assert.Null(ferryThread.Next(followUp.Id));
    }

    [Fact]
    public void A_syndicated_copy_joins_its_source_as_an_alternate_not_another_source()
    {
        var original = Fixtures.FerryStory()[0];
        var copy = Fixtures.Analyze(9, "syndicator", "en", "2026-06-22T08:30:00Z", original.Article.Title,
            [.. original.Article.Paragraphs, "Reporting by the Coastal Wire desk."]);
        var stories = new StoryClusterer(Options).Cluster([.. Fixtures.FerryStory(), copy, Fixtures.UnrelatedConcert()]);

        var ferry = Assert.Single(stories, s => s.ArticleIds.Contains(1));
        Assert.Contains(9L, ferry.ArticleIds);
        Assert.Equal(1L, ferry.Alternates[9]);
        Assert.Equal([1L, 2, 3], ferry.SourceIds.Order());
    }

    [Fact]
    public void Near_duplicates_are_found_by_shingles_and_different_reports_are_not()
    {
        var index = new NearDuplicateIndex(0.8);
        var text = string.Join(' ', Fixtures.FerryStory()[0].Article.Paragraphs);

        Assert.Null(index.FindAndAdd(1, text));
        Assert.Equal(1L, index.FindAndAdd(2, text + " Updated at 10:00."));
        Assert.Null(index.FindAndAdd(3, string.Join(' ', Fixtures.FerryStory()[1].Article.Paragraphs)));
        Assert.Null(index.FindAndAdd(4, "Too short to judge."));
    }

    [Fact]
    public void Two_events_of_the_same_type_on_the_same_day_stay_apart()
    {
        var first = Fixtures.Analyze(21, "coastal", "en", "2026-06-22T08:00:00Z", "Earthquake of magnitude 5.1 shakes Lindmoor",
            "An earthquake of magnitude 5.1 shook the town of Lindmoor on Monday morning, the seismic service said.",
            "Windows broke in the old town and two people were slightly hurt, mayor Olga Brandt said.");
        var second = Fixtures.Analyze(22, "tribune", "en", "2026-06-22T09:00:00Z", "Earthquake of magnitude 6.3 hits Varna Islands",
            "A magnitude 6.3 earthquake struck the Varna Islands on Monday, cutting power to 40,000 homes.",
            "The islands' governor Tomas Keel said rescue teams were searching collapsed houses in Port Emre.");
        var copyOfFirst = Fixtures.Analyze(23, "tribune", "en", "2026-06-22T10:00:00Z", "Lindmoor earthquake: two hurt as magnitude 5.1 quake hits town",
            "Two people were slightly hurt when a magnitude 5.1 earthquake hit Lindmoor on Monday.",
            "Mayor Olga Brandt said windows broke across the old town of Lindmoor.");

        var stories = new StoryClusterer(Options).Cluster([first, second, copyOfFirst]);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([21L, 23]));
    }

    [Fact]
    public void An_english_and_a_german_report_meet_through_the_lexicon_when_they_share_few_names()
    {
        // Only "Lindau" is spelled the same; the rest is words: Hochwasser/flood, Feuerwehr/firefighters,
        // Krankenhaus/hospital, evakuiert/evacuated, Bayern/Bavaria, Rhein/Rhine.
        var english = Fixtures.Analyze(31, "tribune", "en", "2026-06-22T08:00:00Z", "Floods force hospital evacuation in Lindau",
            "Firefighters evacuated the hospital in Lindau, Bavaria, on Monday as flooding from the Rhine rose through the night.",
            "Patients were taken to clinics nearby; the flood is expected to peak on Tuesday.");
        var german = Fixtures.Analyze(32, "kurier", "de", "2026-06-22T09:00:00Z", "Hochwasser: Krankenhaus in Lindau evakuiert",
            "Die Feuerwehr hat am Montag das Krankenhaus in Lindau in Bayern evakuiert, weil das Hochwasser am Rhein stieg.",
            "Die Patienten kamen in Kliniken der Umgebung; der Höchststand der Flut wird am Dienstag erwartet.");
        var otherGerman = Fixtures.Analyze(33, "kurier", "de", "2026-06-22T10:00:00Z", "Lindau feiert Hafenfest",
            "Tausende Besucher kamen am Montag zum Hafenfest nach Lindau und hörten Musik am Ufer.",
            "Die Stadt rechnet am Wochenende mit noch mehr Gästen.");

        var stories = new StoryClusterer(Options).Cluster([english, german, otherGerman]);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([31L, 32]));
    }

    [Fact]
    public void Months_later_at_the_front_of_the_stream_is_a_new_story_but_a_months_old_date_arriving_late_is_suspect()
    {
        var ferry = Fixtures.FerryStory()[0];
        var second = Fixtures.FerryStory()[1].Article;
        var news = Fixtures.Analyze(52, "coastal", "en", "2026-08-22T09:00:00Z", "Lindmoor orchestra opens festival",
            "The Lindmoor Symphony Orchestra opened the summer festival with a sold-out concert of new works.");
        Core.Text.ArticleAnalysis SecondReport(long id, string published) =>
            Fixtures.Analyze(id, "tribune", "en", published, second.Title, [.. second.Paragraphs]);

        // The stream moves on two months; a report dated then is trusted, and a two-month-old story is another one.
        var later = new StoryClusterer(Options).Cluster([ferry, SecondReport(51, "2026-08-22T08:00:00Z")]);
        // The stream is already two months on when a report dated two months before the event arrives: its date is
        // suspect, so it neither separates nor joins, and its words put it with the story.
        var late = new StoryClusterer(Options).Cluster([ferry, news, SecondReport(53, "2026-04-20T08:00:00Z")]);

        Assert.Equal(2, later.Count);
        Assert.Contains(late, s => s.ArticleIds.Order().SequenceEqual([1L, 53]));
    }

    [Fact]
    public void A_report_arriving_days_late_joins_the_story_its_words_match_but_in_date_order_it_would_not()
    {
        var concertNews = Fixtures.Analyze(61, "coastal", "en", "2026-06-27T09:00:00Z", "Lindmoor orchestra opens festival",
            "The Lindmoor Symphony Orchestra opened the summer festival with a sold-out concert of new works.");
        // A backfilled feed: the stream is at 27 June when a report dated two days after the grounding comes in.
        var lateReport = Fixtures.Analyze(62, "tribune", "en", "2026-06-24T08:00:00Z", "Ferry Aurora aground off Kestrel Island, 212 passengers rescued",
            "The ferry Aurora ran aground off Kestrel Island with 212 passengers on board, and lifeboats took all of them ashore.",
            "Harbour master Ines Moreau led the rescue; Bluewave Lines will have the ferry towed to Port Selby for inspection.");

        var late = new StoryClusterer(Options).Cluster([Fixtures.FerryStory()[0], concertNews, lateReport]);
        // The same reports in date order: the second report two days on is no longer the same event.
        var inOrder = new StoryClusterer(Options).Cluster([Fixtures.FerryStory()[0], lateReport, concertNews]);

        Assert.Contains(late, s => s.ArticleIds.Order().SequenceEqual([1L, 62]));
        Assert.Equal(3, inOrder.Count);
    }

    [Fact]
    public void A_german_report_of_another_fire_stays_apart_from_an_english_fire_story_but_one_naming_its_town_joins()
    {
        // Feuer/Brand/fire, Anwohner/residents, Fenster/windows match through the lexicon, but no name or figure does.
        var english = Fixtures.Analyze(41, "tribune", "en", "2026-06-02T08:00:00Z", "Fire destroys furniture factory in Holby",
            "A fire destroyed a furniture factory in Holby overnight, sending smoke over the town.",
            "Firefighters fought the fire for six hours; residents were told to keep their windows closed.");
        var otherFire = Fixtures.Analyze(42, "bote", "de", "2026-06-02T10:00:00Z", "Feuer in Mehrfamilienhaus in Hallstedt",
            "Bei einem Feuer in einem Mehrfamilienhaus in Hallstedt wurden drei Anwohner leicht verletzt.",
            "Die Feuerwehr bat die Anwohner, die Fenster geschlossen zu halten.");
        var sameFire = Fixtures.Analyze(43, "kurier", "de", "2026-06-02T11:00:00Z", "Großbrand zerstört Möbelfabrik in Holby",
            "Ein Feuer hat in der Nacht eine Möbelfabrik in Holby zerstört.",
            "Die Feuerwehr kämpfte sechs Stunden gegen den Brand; die Anwohner sollten die Fenster geschlossen halten.");

        var stories = new StoryClusterer(Options).Cluster([english, otherFire, sameFire]);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([41L, 43]));
        Assert.Contains(stories, s => s.ArticleIds.SequenceEqual([42L]));
    }

    [Fact]
    public void An_english_report_of_another_fire_stays_apart_from_a_german_fire_story_that_came_first()
    {
        var german = Fixtures.Analyze(61, "bote", "de", "2026-06-02T08:00:00Z", "Feuer in Mehrfamilienhaus in Hallstedt",
            "Bei einem Feuer in einem Mehrfamilienhaus in Hallstedt wurden drei Anwohner leicht verletzt.",
            "Die Feuerwehr bat die Anwohner, die Fenster geschlossen zu halten.");
        var otherFire = Fixtures.Analyze(62, "tribune", "en", "2026-06-02T09:00:00Z", "Fire destroys furniture factory in Holby",
            "A fire destroyed a furniture factory in Holby overnight, sending smoke over the town.",
            "Firefighters fought the fire for six hours; residents were told to keep their windows closed.");
        var sameFire = Fixtures.Analyze(63, "wire", "en", "2026-06-02T10:00:00Z", "Three hurt in Hallstedt apartment fire",
            "Three residents were slightly hurt in a fire in an apartment building in Hallstedt.",
            "Firefighters asked residents to keep their windows closed.");

        var stories = new StoryClusterer(Options).Cluster([german, otherFire, sameFire]);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual([61L, 63]));
    }
}
