using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

/// <summary>Layouts that defeat a "largest block of paragraphs" extractor: split bodies, misleading wrapper names, text in divs.</summary>
public class ArticleLayoutTests
{
    private static readonly Uri PageUrl = new("https://news.example/2026/06/25/storm.html");

    [Fact]
    public void An_article_split_into_sections_by_figures_and_ads_is_kept_whole()
    {
        const string page = """
            <html><body><div class="page"><article>
            <div class="story-section"><div class="prose"><p>The storm reached the coast on Thursday night with gusts of up to 140 km/h, cutting power to 20,000 homes.</p>
            <p>Emergency services answered more than 900 calls, most of them about fallen trees and flooded cellars.</p></div></div>
            <figure><img src="s.jpg"><figcaption>Fallen trees on the coast road.</figcaption></figure>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div class="story-section"><div class="prose"><p>By Friday morning, crews had restored power to all but 1,200 households in the north of the county.</p>
            <p>The weather service expects calmer winds over the weekend, although rain will continue until Sunday.</p></div></div>
            </article>
            <div class="more-news"><div class="prose"><p><a href="/x">Council approves the new budget after a long debate about schools and roads</a></p></div></div>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("The storm reached", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The weather service", article.Paragraphs[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Council approves", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrapper_with_an_ad_like_name_does_not_hide_the_article()
    {
        const string page = """
            <html><body><div class="Page-ad-margins"><div class="sidebar-ad"><p>Advertisement: the best mattress deals of the year, only this week at our partner shop.</p></div>
            <div class="ArticleBody"><p>The museum reopened its east wing on Saturday after a renovation that took three years and cost €30 million.</p>
            <p>Visitors queued for two hours to see the restored ceiling paintings, which had been hidden behind scaffolding.</p></div></div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("mattress", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_written_straight_into_divs_with_line_breaks_is_found()
    {
        const string page = """
            <html><body><div id="menu"><a href="/">Home</a></div>
            <div class="entry">Der Gemeinderat hat am Montag den neuen Haushalt beschlossen, der Investitionen von 12 Millionen Euro vorsieht.<br><br>
            Der größte Posten ist die Sanierung der Grundschule, für die allein 4,5 Millionen Euro eingeplant sind.</div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Der größte Posten", article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_list_after_the_article_is_cut_at_its_heading()
    {
        const string page = """
            <html><body><div class="content">
            <p>Shares in the carmaker rose 8% on Tuesday after it reported better-than-expected sales in the third quarter.</p>
            <p>Analysts said the figures showed that demand for its electric models had held up despite higher prices.</p>
            <p>The company will publish its full results on 12 November and hold a call with investors the same day.</p>
            <h3>Related</h3>
            <p>Rival carmaker cuts its forecast for the year</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("Rival carmaker", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_short_labels_left_at_the_end_of_the_article_are_dropped()
    {
        const string page = """
            <html><body><div class="inhalt">
            <p>Der Kreistag hat am Dienstag beschlossen, die Buslinie 12 ab Januar wieder im Stundentakt fahren zu lassen.</p>
            <p>Die Kosten von rund 400.000 Euro im Jahr teilen sich der Landkreis und die beiden Gemeinden an der Strecke.</p>
            <h3>Weitere Themen</h3>
            <ul><li><a href="/a">Neue Radwege im Süden</a></li><li><a href="/b">Schwimmbad öffnet später</a></li></ul>
            <p>Kontakt</p><p>Drucken</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("Weitere Themen", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kontakt", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"entry share\">")]
    [InlineData("<div class=\"layout has-sidebar\">")]
    [InlineData("<div class=\"pageroot-section\">")]
    [InlineData("<div id=\"https://news.example/gallery/slideshow/7628.cms\">")]
    public void A_wrapper_named_by_layout_or_by_an_address_is_not_boilerplate(string wrapper)
    {
        var page = $"""
            <html><body><div class="site">{wrapper}
            <p>The harbour authority approved the new pier on Monday, ending a planning dispute that lasted six years.</p>
            <p>Construction will start in spring and the pier should open to ferries and fishing boats in 2028.</p>
            <p>Residents had objected to the first design, which would have blocked the view from the old town.</p>
            </div><div class="comments">
            <p>Finally! We have waited far too long for this pier, and the ferry queue in summer was a disgrace for the town.</p>
            <p>I still think the old design was better, the view argument was always exaggerated by a few loud neighbours.</p>
            </div><div class="related">
            <p>Who pays for the maintenance of the town's bridges? A look at the budget for the coming five years.</p>
            <p>Fishermen ask for a proper landing place: the long history of the harbour's north quay since the nineties.</p>
            </div></div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The harbour authority", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.False(article.LowConfidence);
    }

    [Fact]
    public void A_list_of_short_items_closing_the_article_stays()
    {
        const string page = """
            <html><body><div class="inhalt">
            <p>Der Apfelkuchen nach dem Rezept der Großmutter gelingt auch ungeübten Bäckern beim ersten Versuch.</p>
            <p>Den Teig eine Stunde kühlen, dann bei 180 Grad etwa 45 Minuten backen, bis er goldbraun ist.</p>
            <p>Für eine Form von 26 Zentimetern braucht man:</p>
            <ul><li>200 g Mehl</li><li>3 Eier</li><li>4 Äpfel</li></ul>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal("4 Äpfel", article.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("<h2>Weitere Beiträge aus unserer Kolumne zum Thema Wohnen</h2>")]
    [InlineData("<p>Zum Weiterlesen:</p>")]
    public void A_german_reading_list_after_the_article_is_cut_at_its_heading(string marker)
    {
        var page = $"""
            <html><body><div class="content">
            <p>Die Mieten in der Innenstadt sind im vergangenen Jahr um durchschnittlich sechs Prozent gestiegen.</p>
            <p>Besonders stark war der Anstieg bei kleinen Wohnungen, die vor allem Studierende und Auszubildende suchen.</p>
            <p>Die Stadt will nun prüfen, ob sie die Mietpreisbremse auf weitere Stadtteile ausdehnen kann.</p>
            <p>Eine Entscheidung darüber soll der Stadtrat noch vor der Sommerpause im Juli treffen.</p>
            {marker}
            <p>Warum Wohngeld oft nicht beantragt wird, obwohl es zusteht</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.DoesNotContain("Wohngeld", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_after_a_related_box_late_in_the_article_stay()
    {
        const string page = """
            <html><body><div class="content">
            <p>The regional rail operator will replace all of its diesel trains on the coast line with battery trains by 2029.</p>
            <p>The first twelve trains have been ordered from a manufacturer in Salzgitter and will arrive in the spring of 2027.</p>
            <p>Charging points are planned at both ends of the line and at the depot, where the trains will be serviced at night.</p>
            <p>Passenger groups welcomed the plan but asked for more seats, since the new trains are shorter than the old ones.</p>
            <div class="box"><h3>Related</h3><ul><li><a href="/a">New timetable for the coast line</a></li><li><a href="/b">Station car park to close</a></li></ul></div>
            <p>The operator said the shorter trains would run more often, every 30 minutes instead of every hour on weekdays.</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(5, article.Paragraphs.Count);
        Assert.StartsWith("The operator said", article.Paragraphs[4], StringComparison.Ordinal);
        Assert.DoesNotContain("car park", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_sentence_set_as_a_heading_stays()
    {
        const string page = """
            <html><body><div class="inhalt">
            <p>Der Zeuge blieb auch im zweiten Verhör bei seiner Aussage, er habe den Wagen erst nach Mitternacht gesehen.</p>
            <p>Die Videoaufnahmen der Tankstelle zeigen das Auto tatsächlich erst um 0.40 Uhr an der Kreuzung.</p>
            <h4>Sie stützen seine Version.</h4>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal("Sie stützen seine Version.", article.Paragraphs[^1]);
    }
}
