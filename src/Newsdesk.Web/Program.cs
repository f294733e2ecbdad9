using Newsdesk.Infrastructure.Config;
using Newsdesk.Web;

// Stand-alone reader over an existing data directory; `newsdesk serve` hosts the same app.
await ReaderApp.Build(SettingsLoader.Load(), args).RunAsync();
