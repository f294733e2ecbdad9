using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

/// <summary>The lead set in the page header, apart from the body's container, is part of the article.</summary>
public class ArticleLeadTests
{
    private static readonly Uri PageUrl = new("https://zeitung.example/region/2026/11/30/brueckensperrung.html");

    [Fact]
    public void A_German_lead_in_the_header_comes_before_the_body_and_the_deck_heading_and_caption_stay_out()
    {
        const string page = """
            <html><head><title>Rheinbrücke bleibt bis März gesperrt | Stadtanzeiger</title></head><body>
            <div class="site"><div class="top"><header class="article-header">
            <span class="kicker">Verkehr</span>
            <h1>Rheinbrücke bleibt bis März gesperrt</h1>
            <h2 class="subline">Pendler müssen weiter Umwege fahren</h2>
            <div class="teaser-text"><p>Die Sanierung der Rheinbrücke dauert länger als geplant, weil Gutachter weitere Risse im Tragwerk gefunden haben.</p></div>
            <div class="image-caption"><p>Die gesperrte Brücke am Montagmorgen, von der Altstadt aus gesehen, im dichten Nebel.</p></div>
            </header></div>
            <main><div class="article-body">
            <p>Die Stadtverwaltung teilte am Montag mit, dass die Brücke frühestens Ende März wieder für Autos freigegeben wird.</p>
            <p>Busse fahren bis dahin über die Südbrücke, was die Fahrzeit in die Innenstadt um etwa zehn Minuten verlängert.</p>
            <p>Radfahrer und Fußgänger können die Brücke auf einem abgetrennten Weg an der Nordseite weiter benutzen.</p>
            </div></main></div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Die Sanierung der Rheinbrücke", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Die Stadtverwaltung", article.Paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Umwege", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nebel", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_heading_that_is_not_the_headline_takes_nothing_from_above_the_body()
    {
        const string page = """
            <html><head><meta property="og:title" content="Ferry service resumes after two-week strike"></head><body>
            <h1 class="logo">The Harbour Gazette</h1>
            <div class="note"><p>Get the morning briefing in your inbox every weekday, with the stories that matter to the harbour towns.</p></div>
            <div class="story">
            <h2>Ferry service resumes after two-week strike</h2>
            <p>The first ferry in two weeks left the harbour at 6 am on Monday after crews accepted a pay offer on Sunday night.</p>
            <p>The operator said the timetable would be back to normal by Wednesday, once the boats had been inspected.</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("morning briefing", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_standfirst_under_the_headline_is_the_first_paragraph_and_the_dateline_and_photo_caption_are_not()
    {
        const string page = """
            <html><head><title>Council votes to close the old library - Westbury News</title></head><body>
            <div class="wrapper"><div class="top"><div class="head">
            <h1>Council votes to close the old library</h1>
            <p class="intro">The building on Mill Street will shut in June, and its books will move to the new community centre.</p>
            <p class="byline">By Jane Porter</p>
            <p class="meta">By Jane Porter on Tuesday, March 3rd, 2026 at 9:15 p.m.</p>
            <div class="image top"><p>In this June 3, 2019, file photo, readers queue outside the old library on Mill Street for its book sale.</p></div>
            </div></div>
            <main><div class="main-text">
            <p>Councillors voted 14 to 9 on Tuesday evening to close the library, which has served the town since 1911.</p>
            <p>Opponents said the new centre was too far from the town's older streets for many of the library's regular visitors.</p>
            <p>The council will decide in spring what to do with the listed building, which needs a new roof.</p>
            </div></main></div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("The building on Mill Street", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Porter", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("file photo", article.Text, StringComparison.Ordinal);
    }
}
