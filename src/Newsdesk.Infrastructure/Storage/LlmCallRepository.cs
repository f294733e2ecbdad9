using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>The ledger of model calls: every request, cached answer and fallback, written as it happens, so a killed
/// run still has its costs on record.</summary>
public sealed class LlmCallRepository(DbConnection connection)
{
    public void Add(LlmCall call) => connection.Execute("""
        INSERT INTO llm_calls (at, story_id, language, purpose, model, tokens_in, tokens_out, cost_usd, outcome, detail, prompt_tokens, whole_tokens)
        VALUES (@at, @s, @l, @p, @m, @i, @o, @c, @r, @d, @pt, @wt)
        """, null, ("@at", call.At.Iso()), ("@s", call.StoryId), ("@l", call.Language), ("@p", call.Purpose), ("@m", call.Model),
        ("@i", call.TokensIn), ("@o", call.TokensOut), ("@c", call.CostUsd), ("@r", call.Outcome), ("@d", call.Detail),
        ("@pt", call.PromptTokens), ("@wt", call.WholeTokens));

    /// <summary>Calls, tokens and dollars per model and outcome, the costliest first.</summary>
    public IReadOnlyList<CostLine> ByModel() => connection.Query("""
        SELECT model, outcome, COUNT(*), SUM(tokens_in), SUM(tokens_out), SUM(cost_usd)
        FROM llm_calls GROUP BY model, outcome ORDER BY SUM(cost_usd) DESC, model, outcome
        """, r => new CostLine(r.GetString(0), r.GetString(1), r.Int(2), r.Long(3), r.Long(4), r.GetDouble(5)));

    /// <summary>Calls, tokens and dollars per brief (story and language, brief and translation requests together),
    /// the costliest first.</summary>
    public IReadOnlyList<BriefCost> ByBrief(int limit = 10) => connection.Query("""
        SELECT c.story_id, c.language, COALESCE(b.slug, ''), COUNT(*), SUM(c.tokens_in), SUM(c.tokens_out), SUM(c.cost_usd)
        FROM llm_calls c LEFT JOIN briefs b ON b.story_id = c.story_id AND b.language = c.language
        WHERE c.outcome <> 'fallback'
        GROUP BY c.story_id, c.language ORDER BY SUM(c.cost_usd) DESC, SUM(c.tokens_in) DESC, c.story_id LIMIT @n
        """, r => new BriefCost(r.GetString(0), r.GetString(1), r.GetString(2), r.Int(3), r.Long(4), r.Long(5), r.GetDouble(6)), null, ("@n", limit));

    /// <summary>Prompt tokens sent for briefs and what whole articles would have needed (first request of each brief).</summary>
    public (long Prompt, long Whole, int Briefs) Budget()
    {
        var rows = connection.Query("""
            SELECT COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(whole_tokens), 0), COUNT(*) FROM llm_calls
            WHERE purpose = 'brief' AND whole_tokens IS NOT NULL
            """, r => (r.Long(0), r.Long(1), r.Int(2)));
        return rows[0];
    }

    /// <summary>The most recent fallbacks and failures, with their reasons.</summary>
    public IReadOnlyList<LlmCall> Problems(int limit = 10) => connection.Query("""
        SELECT at, story_id, language, purpose, model, tokens_in, tokens_out, cost_usd, outcome, detail FROM llm_calls
        WHERE outcome NOT IN ('ok', 'cached') ORDER BY id DESC LIMIT @n
        """, r => new LlmCall(r.DateOrNull(0) ?? DateTimeOffset.UnixEpoch, r.GetString(1), r.GetString(2),
            r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetDouble(7), r.GetString(8), r.StringOrNull(9)), null, ("@n", limit));

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM llm_calls");
}

/// <summary>What one brief's model requests cost, over every run (Slug is empty when the brief is not stored).</summary>
public sealed record BriefCost(string StoryId, string Language, string Slug, int Calls, long TokensIn, long TokensOut, double CostUsd);

/// <summary>One row of `newsdesk costs`: a model's calls with one outcome.</summary>
public sealed record CostLine(string Model, string Outcome, int Calls, long TokensIn, long TokensOut, double CostUsd);
