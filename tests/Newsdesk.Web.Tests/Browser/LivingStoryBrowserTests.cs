using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Newsdesk.Web.Tests.Browser;

/// <summary>The demo's living story in a real headless Chromium: What's new first, the history page, and lists that
/// mark what is new or updated since the reader's last visit (kept in the browser).</summary>
public class LivingStoryBrowserTests(LivingDemoSite site) : IClassFixture<LivingDemoSite>
{
    private const string Story = "/en/2026-06-24-tram-strike-halts-neustedt-as-transver-demands-8/";

    private static WebDriverWait Wait(ChromeDriver browser) => new(browser, TimeSpan.FromSeconds(10));

    [BrowserFact]
    public void A_reader_sees_whats_new_first_and_opens_the_history_of_versions()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, Story));

        var sections = browser.FindElements(By.CssSelector("article.brief section")).Select(s => s.GetAttribute("id")).ToList();
        Assert.Equal(["whats-new", "tl-dr"], sections.Take(2));
        Assert.StartsWith("What's new · 2026-06-24 18:45 UTC", browser.FindElement(By.Id("whats-new")).Text, StringComparison.Ordinal);
        Assert.Equal("Neustedt trams to run again after TransVer and NVB agree pay deal", browser.FindElement(By.TagName("h1")).Text);

        browser.FindElement(By.Id("history")).Click();
        Wait(browser).Until(d => d.Url.EndsWith("/history/", StringComparison.Ordinal));
        Assert.Equal(2, browser.FindElements(By.CssSelector("ol.versions > li")).Count);
        Assert.Contains("1,000 euros", browser.FindElement(By.Id("version-2")).Text, StringComparison.Ordinal);
        browser.FindElement(By.Id("back-to-story")).Click();
        Wait(browser).Until(d => d.Url.EndsWith(Story, StringComparison.Ordinal));
    }

    [BrowserFact]
    public void Lists_mark_a_story_updated_since_it_was_opened_and_stories_new_since_the_last_visit()
    {
        using var browser = HeadlessChromium.Start(1280, 1000);
        browser.Navigate().GoToUrl(site.ReaderUrl);
        // A first visit marks nothing: everything would be new.
        Assert.Empty(browser.FindElements(By.CssSelector("li.story .badge.mark")));

        // As if the reader had opened the tram story when it broke and last looked at the list at noon that day.
        browser.ExecuteScript("""
            localStorage.setItem("newsdesk-seen", JSON.stringify({ "en/2026-06-24-tram-strike-halts-neustedt-as-transver-demands-8": "2026-06-24T10:25:00Z" }));
            localStorage.setItem("newsdesk-last-visit", JSON.stringify("2026-06-24T12:00:00Z"));
            """);
        browser.Navigate().Refresh();

        var tram = browser.FindElement(By.CssSelector("li.story[data-story='en/2026-06-24-tram-strike-halts-neustedt-as-transver-demands-8']"));
        Assert.Equal("Updated", tram.FindElement(By.CssSelector(".badge.mark")).Text);
        var relief = browser.FindElements(By.CssSelector("li.story")).First(li => li.Text.Contains("relief fund", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("New", relief.FindElement(By.CssSelector(".badge.mark")).Text);
        var museum = browser.FindElements(By.CssSelector("li.story")).First(li => li.GetAttribute("data-updated")!.CompareTo("2026-06-24T12:00:00Z") < 0 && !li.GetAttribute("data-story")!.Contains("tram", StringComparison.Ordinal));
        Assert.Empty(museum.FindElements(By.CssSelector(".badge.mark")));

        // Opening the story clears its mark; the next visit to the list marks nothing new.
        browser.Navigate().GoToUrl(new Uri(site.ReaderUrl, Story));
        browser.Navigate().GoToUrl(site.ReaderUrl);
        Assert.Empty(browser.FindElements(By.CssSelector("li.story .badge.mark")));
    }
}
