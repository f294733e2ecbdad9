using Newsdesk.Core.Llm;

namespace Newsdesk.Core.Tests.Llm;

public class DraftParserTests
{
    [Fact]
    public void A_fenced_answer_with_prose_and_trailing_commas_is_repaired()
    {
        var answer = """
            Here is the brief you asked for:
            ```json
            { "tldr": "The Selde flooded Port Avalen [1].", "summary": ["One [1].", "Two [2].",], "faq": [{"question": "Who?", "answer": "Brandt [1]."},], }
            ```
            """;

        var parsed = DraftParser.Parse(answer);

        Assert.Null(parsed.Error);
        Assert.Equal("The Selde flooded Port Avalen [1].", parsed.Draft!.TlDr);
        Assert.Equal(["One [1].", "Two [2]."], parsed.Draft.Summary);
        Assert.Equal("Who?", Assert.Single(parsed.Draft.Faq).Question);
    }

    [Fact]
    public void Nulls_where_the_schema_wants_text_become_empty_or_absent()
    {
        var parsed = DraftParser.Parse("""
            {"tldr": "T [1].", "summary": null, "faq": [null, {"question": "Q?", "answer": null}],
             "perspectives": [{"who": null, "text": "P [1]."}], "key_terms": [{"term": "Selde", "explanation": null}]}
            """);

        var draft = parsed.Draft!;
        Assert.Empty(draft.Summary);
        Assert.Empty(draft.Faq);
        Assert.Equal("", Assert.Single(draft.Perspectives).Who);
        Assert.Equal("", Assert.Single(draft.KeyTerms).Explanation);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("I cannot help with that.", "no JSON object")]
    [InlineData("{\"tldr\": \"The Selde", "no JSON object")]
    [InlineData("{\"summary\": [\"One [1].\"]}", "\"tldr\" is missing")]
    [InlineData("{\"tldr\": \"x\", \"summary\": [1, }", "invalid JSON")]
    public void An_unusable_answer_says_exactly_what_is_wrong(string answer, string error) =>
        Assert.Contains(error, DraftParser.Parse(answer).Error, StringComparison.Ordinal);

    [Fact]
    public void A_draft_survives_serialisation_in_the_schemas_field_names()
    {
        var draft = new LlmDraft { TlDr = "T [1].", WhyItMatters = ["W [2]."], KeyTerms = [new DraftKeyTerm("Selde", "A river [1].")] };

        var json = DraftParser.Serialize(draft);

        Assert.Contains("\"tldr\"", json, StringComparison.Ordinal);
        Assert.Contains("\"why_it_matters\"", json, StringComparison.Ordinal);
        Assert.Contains("\"key_terms\"", json, StringComparison.Ordinal);
        Assert.Equal("W [2].", DraftParser.Parse(json).Draft!.WhyItMatters[0]);
    }
}
