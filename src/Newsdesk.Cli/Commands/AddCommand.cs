using System.CommandLine;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk add`: subscribe to feeds, OPML lists, single pages or local files.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("targets") { Description = "Feed URLs, OPML files, page URLs or local paths.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("add", "Subscribe to feeds (RSS, Atom, JSON Feed), OPML lists, pages or files.") { targets };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            using var fetcher = new HttpFetcher(settings.Fetch);
            var service = new SubscriptionService(store, fetcher);
            var failures = 0;
            foreach (var target in parse.GetValue(targets) ?? [])
            {
                try
                {
                    foreach (var (source, added) in await service.AddAsync(target, ct))
                    {
                        Console.WriteLine($"{(added ? "added" : "already subscribed")}: {source.Kind.ToString().ToLowerInvariant()} {source.Url}");
                    }
                }
                catch (Exception ex) when (ex is FetchException or IOException or Core.Ingest.FeedFormatException)
                {
                    failures++;
                    await Console.Error.WriteLineAsync(CommandRunner.About(target, ex.Message));
                }
            }

            foreach (var refused in service.Refused)
            {
                failures++;
                await Console.Error.WriteLineAsync($"newsdesk: {refused}");
            }

            return failures == 0 ? 0 : 1;
        }));
        return command;
    }
}
