using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Llm;

/// <summary>One request to a model: what it is for, the instructions and the material. Core builds it; the
/// infrastructure sends it.</summary>
public sealed record LlmPrompt(string Purpose, string System, string User)
{
    /// <summary>A fingerprint of the whole request: the response cache key together with the model's name.</summary>
    public string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Purpose + "\u0001" + System + "\u0001" + User)))[..40];

    /// <summary>Prompt tokens as counted by <see cref="TokenCounter"/> (the endpoint's own count may differ a little).</summary>
    public int Tokens => _tokens ??= TokenCounter.Count(System) + TokenCounter.Count(User);

    private int? _tokens;
}
