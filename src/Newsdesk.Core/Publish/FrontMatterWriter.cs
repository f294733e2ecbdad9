using System.Globalization;
using Newsdesk.Core.Model;
using YamlDotNet.Serialization;

namespace Newsdesk.Core.Publish;

/// <summary>Writes the brief's YAML front matter in DESIGN.md's field order; YamlDotNet does the quoting.</summary>
public static class FrontMatterWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder().DisableAliases().Build();

    public static string Write(BriefFrontMatter fm)
    {
        var fields = new Dictionary<string, object?>
        {
            ["title"] = fm.Title,
            ["slug"] = fm.Slug,
            ["date"] = fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["updated"] = fm.Updated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["version"] = fm.Version,
            ["category"] = fm.Category,
            ["tags"] = fm.Tags.ToList(),
            ["language"] = fm.Language,
            ["translations"] = fm.Translations.ToDictionary(kv => kv.Key, kv => kv.Value),
            ["sources_count"] = fm.SourcesCount,
            ["featured"] = fm.Featured,
            ["importance"] = fm.Importance,
            ["thread"] = fm.Thread,
            ["previous"] = fm.Previous,
            ["next"] = fm.Next,
            ["engine"] = fm.Engine,
        };
        if (fm.Usage is { } usage)
        {
            // DESIGN.md: "engine: llm:<model>, with tokens_in, tokens_out, cost_usd".
            fields["tokens_in"] = usage.TokensIn;
            fields["tokens_out"] = usage.TokensOut;
            fields["cost_usd"] = Math.Round((decimal)usage.CostUsd, 6); // decimal: YAML gets 0.00005, not 5E-05
            fields["unsupported_dropped"] = usage.Unsupported;
            if (usage.TranslatedFrom is not null)
            {
                fields["translated_from"] = usage.TranslatedFrom;
            }
        }

        fields["publisher"] = fm.Publisher;
        fields["url"] = fm.Url;
        return Serializer.Serialize(fields);
    }
}
