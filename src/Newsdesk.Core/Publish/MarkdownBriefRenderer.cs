using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>Renders a brief as Markdown with YAML front matter: the file format of DESIGN.md.</summary>
public static class MarkdownBriefRenderer
{
    public static string FileName(BriefFrontMatter fm) => $"{fm.Slug}.{fm.Language}.md";

    public static string Render(StoryBrief brief)
    {
        var fm = brief.FrontMatter;
        var md = new StringBuilder();
        md.Append("---\n").Append(FrontMatterWriter.Write(fm)).Append("---\n\n");
        md.Append("# ").Append(MarkdownText.Escape(fm.Title)).Append("\n\n");
        // A story that developed from an earlier one in its thread says which (the earlier one links here as "next").
        if (SectionHeadings.FollowedStory(brief) is { } follows)
        {
            md.Append('*').Append(SectionHeadings.Follows(fm.Language)).Append(": [").Append(MarkdownText.Escape(follows.Text))
                .Append("](").Append(SiteOptions.StoryPath(fm.Language, follows.LinkSlug!)).Append(")*\n\n");
        }

        md.Append(RenderBody(brief));
        md.Append("\n---\n\n").Append(SectionHeadings.Footer(Math.Max(fm.SourcesCount, brief.Sources.Count), fm.Engine, fm.Updated, fm.Language)).Append('\n');
        return md.ToString();
    }

    /// <summary>The sections alone (no front matter, no title): what the reader turns into the story page.</summary>
    public static string RenderBody(StoryBrief brief) => string.Concat(brief.Sections.Select(s => RenderSection(brief, s)));

    public static string RenderSection(StoryBrief brief, BriefSection section)
    {
        var language = brief.FrontMatter.Language;
        var md = new StringBuilder();
        md.Append("## ").Append(section.Kind == BriefSectionKind.WhatsNew ? SectionHeadings.WhatsNew(brief.FrontMatter.Updated, language) : SectionHeadings.For(section.Kind, language)).Append("\n\n");
        foreach (var item in section.Items)
        {
            md.Append(Item(section.Kind, item, brief, language)).Append('\n');
        }

        // A bounded brief names how many reports it was not written from, and where they are listed.
        var more = brief.FrontMatter.SourcesCount - brief.Sources.Count;
        if (section.Kind == BriefSectionKind.Sources && more > 0)
        {
            md.Append('\n').Append(SectionHeadings.MoreSources(more, language))
                .Append($" ([{(language == "de" ? "alle Quellen" : "all sources")}]({SiteOptions.StoryPath(language, brief.FrontMatter.Slug)}sources/))\n");
        }

        return md.Append('\n').ToString();
    }

    private static string Item(BriefSectionKind kind, BriefItem item, StoryBrief brief, string language) => kind switch
    {
        BriefSectionKind.TlDr => Cited(item),
        BriefSectionKind.Faq => $"**{MarkdownText.Escape(item.Label ?? "")}**  \n{Cited(item)}\n",
        BriefSectionKind.Perspectives => $"- **{MarkdownText.Escape(item.Label ?? "")}:** {Cited(item)}",
        BriefSectionKind.KeyTerms => $"- **{MarkdownText.Escape(item.Label ?? "")}**" + KindNote(item.Kind, language)
            + (item.Text.Length == 0 ? "" : $" — {Cited(item)}"),
        BriefSectionKind.Timeline => item.LinkSlug is null
            ? $"- {MarkdownText.Escape(item.Text)} ({(language == "de" ? "diese Meldung" : "this story")})"
            : $"- [{MarkdownText.Escape(item.Text)}]({SiteOptions.StoryPath(language, item.LinkSlug)})",
        BriefSectionKind.RelatedTopics => $"- [{MarkdownText.Escape(item.Text)}]({SiteOptions.StoryPath(language, item.LinkSlug ?? "")})"
            + (item.Label is null ? "" : $" — {MarkdownText.Escape(item.Label)}"),
        BriefSectionKind.Sources => Source(brief.Sources.First(s => s.Number == item.Citations[0])),
        _ => $"- {Cited(item)}",
    };

    /// <summary>What a key term names, in the brief's language: " (person)", " (Ort)"; nothing for a phrase.</summary>
    private static string KindNote(KeyTermKind? kind, string language) => kind switch
    {
        KeyTermKind.Person => language == "de" ? " (Person)" : " (person)",
        KeyTermKind.Organisation => language == "de" ? " (Organisation)" : " (organisation)",
        KeyTermKind.Place => language == "de" ? " (Ort)" : " (place)",
        KeyTermKind.Name => language == "de" ? " (Name)" : " (name)",
        _ => "",
    };

    private static string Cited(BriefItem item) =>
        MarkdownText.Escape(item.Text) + string.Concat(item.Citations.Select(n => $" [{n}]"));

    private static string Source(BriefSource s)
    {
        var date = s.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var publisher = s.Publisher is null ? "" : MarkdownText.Escape(s.Publisher) + ", ";
        return $"{s.Number}. [{MarkdownText.Escape(s.Title)}]({s.Url}) — {publisher}{date}, {s.Language}";
    }
}
