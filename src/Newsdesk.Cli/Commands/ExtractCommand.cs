using System.CommandLine;
using System.Text.Json;
using Newsdesk.Core.Extract;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk extract`: the article text and metadata of pages or files; --json prints one object per line.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("sources") { Description = "Page URLs or local HTML files.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line: {source, url, canonical_url, title, byline, published, modified, language, site_name, lead_image, text}." };
        var command = new Command("extract", "Extract the article from pages or files.") { targets, json };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            using var fetcher = new HttpFetcher(settings.Fetch);
            var reader = new PageReader(fetcher);
            var failures = 0;
            foreach (var target in parse.GetValue(targets) ?? [])
            {
                try
                {
                    var article = await reader.ReadAsync(ToUrl(target), null, null, ct);
                    Console.WriteLine(parse.GetValue(json)
                        ? JsonSerializer.Serialize(new
                        {
                            source = target,
                            url = article.Url,
                            canonical_url = article.CanonicalUrl,
                            title = article.Title,
                            byline = article.Byline,
                            published = article.Published,
                            modified = article.Modified,
                            language = article.Language,
                            site_name = article.SiteName,
                            lead_image = article.LeadImage,
                            text = article.Text,
                            low_confidence = article.LowConfidence,
                        })
                        : $"# {article.Title}\n{article.Byline} · {article.Published:yyyy-MM-dd HH:mm} · {article.Language}\n\n{article.Text}\n");
                    if (article.LowConfidence)
                    {
                        await Console.Error.WriteLineAsync(CommandRunner.About(target, LowConfidenceNote));
                    }
                }
                catch (Exception ex) when (ex is FetchException or NoArticleException or IOException)
                {
                    failures++;
                    await Console.Error.WriteLineAsync(CommandRunner.About(target, ex.Message));
                }
            }

            return failures == 0 ? 0 : 1;
        }));
        return command;
    }

    /// <summary>What a low-confidence extraction means, for a person.</summary>
    internal const string LowConfidenceNote = "no block scored as the main text; this is the page's best text block or its description (low confidence)";

    internal static string ToUrl(string target)
    {
        if (SourceLocator.IsWeb(target))
        {
            return target;
        }

        return File.Exists(target) ? SourceLocator.FileUrl(target) : throw new FileNotFoundException($"no such file, and not an http(s) URL: {target}");
    }
}
