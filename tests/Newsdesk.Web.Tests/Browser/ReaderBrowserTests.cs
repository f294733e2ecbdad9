using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Newsdesk.Web.Tests.Browser;

/// <summary>The demo's reader in a real headless Chromium: what a person does on it, click by click.</summary>
public class ReaderBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static string ScreenshotDir => Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    [BrowserFact]
    public void A_reader_opens_a_story_its_key_term_and_follows_the_thread_twice()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(site.ReaderUrl);
        Assert.Contains("Latest stories", browser.Title, StringComparison.Ordinal);

        browser.FindElement(By.PartialLinkText("Meteo Nord raises highest flood alert")).Click();
        Wait(browser).Until(d => d.Url.Contains("/en/2026-06-22-", StringComparison.Ordinal));

        var keyTerm = browser.FindElement(By.Id("key-term"));
        Assert.False(keyTerm.FindElement(By.CssSelector(".popover")).Displayed);
        browser.FindElement(By.Id("goto-key-term")).Click();
        var popover = keyTerm.FindElement(By.CssSelector(".popover"));
        Assert.True(popover.Displayed);
        Assert.False(string.IsNullOrWhiteSpace(popover.FindElement(By.TagName("strong")).Text));

        browser.FindElement(By.Id("next-in-thread")).Click();
        Wait(browser).Until(d => d.Url.Contains("/en/2026-06-23-", StringComparison.Ordinal));
        SaveScreenshot(browser, "story-desktop.png");
        browser.FindElement(By.Id("next-in-thread")).Click();
        Wait(browser).Until(d => d.Url.Contains("/en/2026-06-25-", StringComparison.Ordinal));
        Assert.Contains("relief", browser.FindElement(By.TagName("h1")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(browser.FindElements(By.Id("next-in-thread")));

        browser.FindElement(By.Id("goto-summary")).Click();
        Assert.EndsWith("#summary", browser.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void The_language_switch_turns_the_lists_german_and_is_remembered()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(site.ReaderUrl);
        Assert.Equal("Latest stories", browser.FindElement(By.TagName("h1")).Text);

        browser.FindElement(By.CssSelector("nav a[hreflang='de']")).Click();
        Wait(browser).Until(d => d.FindElement(By.TagName("html")).GetAttribute("lang") == "de");
        browser.FindElement(By.CssSelector("a.brand")).Click();
        Wait(browser).Until(d => d.Url.TrimEnd('/') == site.ReaderUrl.ToString().TrimEnd('/'));

        Assert.Equal("Aktuelle Meldungen", browser.FindElement(By.TagName("h1")).Text);
        var stories = browser.FindElements(By.CssSelector("li.story h2 a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(11, stories.Count);
        Assert.All(stories, href => Assert.Contains("/de/", href, StringComparison.Ordinal));
        SaveScreenshot(browser, "front-german.png");
    }

    [BrowserFact]
    public void The_static_export_works_opened_from_disk()
    {
        var out_ = Path.Combine(Path.GetTempPath(), "newsdesk-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var store = Newsdesk.Infrastructure.Storage.NewsStore.Open(site.Settings.DatabasePath))
            {
                new Newsdesk.Infrastructure.Pipeline.SiteExporter(store, site.Settings.Site).Export(Newsdesk.Infrastructure.Pipeline.ExportFormat.Html, Path.Combine(out_, "under", "a", "sub-path"));
            }

            using var browser = HeadlessChromium.Start(1280, 1000);
            browser.Navigate().GoToUrl(new Uri(Path.Combine(out_, "under", "a", "sub-path", "index.html")).AbsoluteUri);
            Assert.Equal("Latest stories", browser.FindElement(By.TagName("h1")).Text);
            // The stylesheet loaded from disk: the header is laid out by it.
            Assert.Equal("flex", browser.FindElement(By.CssSelector("header.site")).GetCssValue("display"));
            Assert.Empty(browser.FindElements(By.CssSelector("form.search")));

            browser.FindElement(By.PartialLinkText("Meteo Nord raises highest flood alert")).Click();
            Wait(browser).Until(d => d.Url.EndsWith("/index.html", StringComparison.Ordinal) && d.Url.Contains("/en/2026-06-22-", StringComparison.Ordinal));
            browser.FindElement(By.Id("next-in-thread")).Click();
            Wait(browser).Until(d => d.Url.Contains("/en/2026-06-23-", StringComparison.Ordinal));
            browser.FindElement(By.CssSelector("a.brand")).Click();
            Wait(browser).Until(d => d.Url.EndsWith("/sub-path/index.html", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(out_))
            {
                Directory.Delete(out_, recursive: true);
            }
        }
    }

    [BrowserFact]
    public void The_key_term_popover_opens_and_closes_by_keyboard()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(site.ReaderUrl + "en/2026-06-22-river-selde-meteo-nord-raises-highest-flood-alert/");
        var button = browser.FindElement(By.Id("goto-key-term"));
        var popover = browser.FindElement(By.CssSelector("#key-term .popover"));

        button.SendKeys(Keys.Enter);
        Assert.True(popover.Displayed);
        Assert.Equal("goto-key-term", browser.SwitchTo().ActiveElement().GetAttribute("id"));

        browser.SwitchTo().ActiveElement().SendKeys(Keys.Escape);
        Assert.False(popover.Displayed);
        Assert.Equal("goto-key-term", browser.SwitchTo().ActiveElement().GetAttribute("id"));

        button.SendKeys(Keys.Space);
        Assert.True(popover.Displayed);
    }

    [BrowserFact]
    public void Search_highlights_the_term_and_the_language_switch_opens_the_german_brief()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(site.ReaderUrl);

        var search = browser.FindElement(By.Id("q"));
        search.SendKeys("Halvard");
        search.Submit();
        Wait(browser).Until(d => d.Url.Contains("/search?q=Halvard", StringComparison.Ordinal));
        Assert.Contains(browser.FindElements(By.TagName("mark")), m => m.Text.Equals("Halvard", StringComparison.OrdinalIgnoreCase));

        browser.FindElement(By.CssSelector("li.story h2 a[href^='/en/']")).Click();
        var german = browser.FindElement(By.CssSelector("a.translation[hreflang='de']"));
        german.Click();
        Wait(browser).Until(d => d.FindElement(By.TagName("html")).GetAttribute("lang") == "de");
        Assert.Contains("/de/", browser.Url, StringComparison.Ordinal);
        Assert.Equal("Zusammenfassung", browser.FindElement(By.Id("goto-summary")).Text);
    }

    [BrowserFact]
    public void The_keyboard_moves_through_the_list_and_n_opens_the_next_story_in_the_thread()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, "/en/"));
        var body = browser.FindElement(By.TagName("body"));

        body.SendKeys("j");
        body.SendKeys("j");
        var focused = browser.FindElements(By.CssSelector("li.story.focused"));
        Assert.Single(focused);
        Assert.Equal(browser.FindElements(By.CssSelector("li.story"))[1], focused[0]);

        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, "/en/2026-06-23-port-avalen-s-old-quay-under-water-after/"));
        browser.FindElement(By.TagName("body")).SendKeys("n");
        Wait(browser).Until(d => d.Url.Contains("/en/2026-06-25-", StringComparison.Ordinal));
    }

    [BrowserFact]
    public void Story_page_fits_a_phone_screen()
    {
        using var browser = HeadlessChromium.Start(390, 844);
        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, "/de/2026-06-24-warnstreik-legt-strassenbahnen-in-neustedt-lahm/"));
        var overflow = (long)browser.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;

        SaveScreenshot(browser, "story-phone.png");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the phone screen");
    }

    [BrowserFact]
    public void On_a_phone_the_feed_health_dates_stay_on_one_line()
    {
        using var browser = HeadlessChromium.Start(390, 844);
        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, "/sources/"));
        // A wrapped cell is taller than one line of its own text.
        var wrapped = (long)browser.ExecuteScript("""
            return [...document.querySelectorAll('td.when')].filter(td => {
              const line = parseFloat(getComputedStyle(td).lineHeight) || 20;
              const range = document.createRange(); range.selectNodeContents(td);
              return range.getClientRects().length > 1 || range.getBoundingClientRect().height > line * 1.5;
            }).length;
            """)!;
        var cells = (long)browser.ExecuteScript("return document.querySelectorAll('td.when').length;")!;

        SaveScreenshot(browser, "sources-phone.png");
        Assert.True(cells >= 14, $"{cells} date cells");
        Assert.Equal(0, wrapped);
    }

    [BrowserFact]
    public void The_pages_a_reader_sees_fit_a_desktop_and_a_phone()
    {
        (string Path, string Name, string Heading)[] pages =
        [
            ("", "front", "Latest stories"),
            ("en/2026-06-23-port-avalen-s-old-quay-under-water-after/", "story", "Port Avalen's Old Quay under water after record Selde peak"),
            ("search?q=flood", "search", "Search: flood"),
            ("en/no-such-story/", "not-found", "Page not found"),
        ];
        foreach (var (width, height, device) in new[] { (1280, 1000, "desktop"), (390, 844, "phone") })
        {
            using var browser = HeadlessChromium.Start(width, height);
            foreach (var (path, name, heading) in pages)
            {
                browser.Navigate().GoToUrl(site.ReaderUrl + path);
                Assert.Equal(heading, browser.FindElement(By.TagName("h1")).Text);
                SaveScreenshot(browser, $"{device}-{name}.png");
                // Nothing wider than the screen: no sideways scrolling on a phone.
                var widest = browser.ExecuteScript("""
                    var w = document.documentElement.clientWidth, out = [];
                    document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect(); if (r.right > w + 1) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });
                    return out.slice(0, 5).join(', ');
                    """) as string;
                var (scroll, client) = ((long)browser.ExecuteScript("return document.documentElement.scrollWidth;")!, (long)browser.ExecuteScript("return document.documentElement.clientWidth;")!);
                Assert.True(scroll <= client, $"{name} scrolls sideways at {width}px ({scroll} > {client}): {widest}");
            }

            browser.Navigate().GoToUrl(site.ReaderUrl + "en/2026-06-23-port-avalen-s-old-quay-under-water-after/");
            browser.FindElement(By.CssSelector("a[href^='/threads/']")).Click();
            Assert.Contains("Latest:", browser.FindElement(By.Id("thread-summary")).Text, StringComparison.Ordinal);
            SaveScreenshot(browser, $"{device}-thread.png");
        }
    }

    private static WebDriverWait Wait(IWebDriver browser) => new(browser, TimeSpan.FromSeconds(15));

    private static void SaveScreenshot(ChromeDriver browser, string name)
    {
        Directory.CreateDirectory(ScreenshotDir);
        browser.GetScreenshot().SaveAsFile(Path.Combine(ScreenshotDir, name));
    }
}
