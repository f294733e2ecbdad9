using System.Text.Json;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Reads a model's answer into an <see cref="LlmDraft"/>, repairing what small models commonly get wrong — a
/// Markdown code fence, prose around the object, trailing commas — and saying exactly what is wrong otherwise,
/// so the repair request can quote it.
/// </summary>
public static partial class DraftParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static DraftParse Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return DraftParse.Fail("the answer was empty");
        }

        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return DraftParse.Fail("the answer contains no JSON object");
        }

        var json = TrailingComma().Replace(answer[start..(end + 1)], "$1");
        try
        {
            var draft = JsonSerializer.Deserialize<LlmDraft>(json, Options);
            if (draft is null || string.IsNullOrWhiteSpace(draft.TlDr))
            {
                return DraftParse.Fail("\"tldr\" is missing or empty");
            }

            return new DraftParse(Normalize(draft), null);
        }
        catch (JsonException e)
        {
            return DraftParse.Fail($"invalid JSON: {e.Message}");
        }
    }

    public static string Serialize(LlmDraft draft) => JsonSerializer.Serialize(draft, Options);

    /// <summary>Nulls (which JSON allows and the schema does not) become absent items or empty strings.</summary>
    private static LlmDraft Normalize(LlmDraft d) => d with
    {
        Summary = Clean(d.Summary),
        WhyItMatters = Clean(d.WhyItMatters),
        KeyPoints = Clean(d.KeyPoints),
        Perspectives = (d.Perspectives ?? []).Where(p => p is not null && !string.IsNullOrWhiteSpace(p.Text)).Select(p => p with { Who = p.Who ?? "" }).ToList(),
        Faq = (d.Faq ?? []).Where(q => q is not null && !string.IsNullOrWhiteSpace(q.Question) && !string.IsNullOrWhiteSpace(q.Answer)).ToList(),
        KeyTerms = (d.KeyTerms ?? []).Where(k => k is not null && !string.IsNullOrWhiteSpace(k.Term)).Select(k => k with { Explanation = k.Explanation ?? "" }).ToList(),
    };

    private static List<string> Clean(IReadOnlyList<string>? items) => (items ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();

    [GeneratedRegex(@",\s*([}\]])")]
    private static partial Regex TrailingComma();
}

/// <summary>A parsed draft, or why the answer could not be read.</summary>
public sealed record DraftParse(LlmDraft? Draft, string? Error)
{
    public static DraftParse Fail(string error) => new(null, error);
}
