using OpenQA.Selenium.Chrome;

namespace Newsdesk.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven through Debian's ChromeDriver at fixed paths — nothing is downloaded. The flags
/// keep it from reaching for the network (this machine has none) and give it a fresh profile.
/// </summary>
internal static class HeadlessChromium
{
    public const string Binary = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static bool IsInstalled => File.Exists(Binary) && File.Exists(Driver);

    public static ChromeDriver Start(int width, int height)
    {
        // Selenium Manager must never try to fetch a driver or a browser.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            $"--user-data-dir={Directory.CreateTempSubdirectory("newsdesk-chromium-").FullName}", $"--window-size={width},{height}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

/// <summary>A test that needs the browser: skipped, with the reason and the fix, where it is not installed.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!HeadlessChromium.IsInstalled)
        {
            Skip = $"{HeadlessChromium.Binary} or {HeadlessChromium.Driver} missing: run tools/install-browser.sh (.ci/run does)";
        }
    }
}
