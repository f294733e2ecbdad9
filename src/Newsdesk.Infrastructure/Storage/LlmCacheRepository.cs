using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Model answers by a hash of the model and the whole request: an unchanged story's brief is not paid for twice.</summary>
public sealed class LlmCacheRepository(DbConnection connection)
{
    public CachedAnswer? Find(string key) => connection.Query(
        "SELECT response, tokens_in, tokens_out FROM llm_cache WHERE key = @k",
        r => new CachedAnswer(r.GetString(0), r.GetInt32(1), r.GetInt32(2)), null, ("@k", key)).FirstOrDefault();

    public void Put(string key, string model, CachedAnswer answer, DateTimeOffset at) => connection.Execute("""
        INSERT INTO llm_cache (key, model, response, tokens_in, tokens_out, created_at) VALUES (@k, @m, @r, @i, @o, @at)
        ON CONFLICT(key) DO UPDATE SET response = excluded.response, tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out
        """, null, ("@k", key), ("@m", model), ("@r", answer.Response), ("@i", answer.TokensIn), ("@o", answer.TokensOut),
        ("@at", at.Iso()));

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM llm_cache");
}

/// <summary>A stored answer and the tokens it cost when it was first asked.</summary>
public sealed record CachedAnswer(string Response, int TokensIn, int TokensOut);
