namespace Newsdesk.Core.Llm;

/// <summary>The JSON schema the model's answer must match (sent as the response format where the endpoint supports
/// it, and spelled out in the instructions for those that do not).</summary>
public static class DraftSchema
{
    public const string Name = "newsdesk_brief";

    public const string Json = """
        {
          "type": "object",
          "properties": {
            "title": { "type": "string" },
            "tldr": { "type": "string" },
            "summary": { "type": "array", "items": { "type": "string" } },
            "why_it_matters": { "type": "array", "items": { "type": "string" } },
            "key_points": { "type": "array", "items": { "type": "string" } },
            "perspectives": { "type": "array", "items": { "type": "object", "properties": { "who": { "type": "string" }, "text": { "type": "string" } }, "required": ["who", "text"] } },
            "faq": { "type": "array", "items": { "type": "object", "properties": { "question": { "type": "string" }, "answer": { "type": "string" } }, "required": ["question", "answer"] } },
            "take": { "type": "string" },
            "key_terms": { "type": "array", "items": { "type": "object", "properties": { "term": { "type": "string" }, "explanation": { "type": "string" } }, "required": ["term", "explanation"] } }
          },
          "required": ["tldr", "summary"]
        }
        """;
}
