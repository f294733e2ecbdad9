using Newsdesk.Core.Publish.Html;

namespace Newsdesk.Core.Tests.Publish;

/// <summary>Static pages link relatively, so the export works from disk and under any sub-path.</summary>
public class RelativeLinksTests
{
    private const string Page = """
        <link rel="stylesheet" href="/assets/site.css"><script src="/assets/reader.js" defer></script>
        <a class="brand" href="/">Newsdesk</a> <a href="/de/">Deutsch</a>
        <form class="search" role="search" action="/search" method="get"><input id="q" name="q"><button type="submit">Search</button></form>
        <a href="/en/2026-06-22-ferry/">Ferry</a> <a href="#source-1">[1]</a> <a href="https://outlet.example/a">source</a>
        <a href="//cdn.example/x.js">other host</a> <a href="/feed.xml">RSS</a> <a href="/tags/port-avalen/?page=2">next</a>
        """;

    [Fact]
    public void A_story_page_two_folders_deep_links_up_twice_and_names_each_index_file()
    {
        var html = RelativeLinks.Rewrite(Page, "en/2026-06-22-ferry/index.html");

        Assert.Contains("href=\"../../assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"../../assets/reader.js\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../index.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../de/index.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../en/2026-06-22-ferry/index.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../feed.xml\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../tags/port-avalen/index.html?page=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragments_other_hosts_and_the_front_page_itself_are_left_right_and_the_search_box_goes()
    {
        var html = RelativeLinks.Rewrite(Page, "index.html");

        Assert.Contains("href=\"#source-1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://outlet.example/a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"//cdn.example/x.js\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"en/2026-06-22-ferry/index.html\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(href|src)=\"/[^/]", html);
    }
}
