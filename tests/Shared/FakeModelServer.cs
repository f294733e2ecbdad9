using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Newsdesk.Tests.Shared;

/// <summary>
/// A real Kestrel server on 127.0.0.1 speaking OpenAI's chat-completions protocol (/v1/chat/completions) and
/// Ollama's (/api/chat), answering from a script: queued faults first (status codes, hangs, raw text), then the
/// <see cref="Answer"/> function, which by default writes a brief from the prompt's evidence lines the way a
/// well-behaved model would. No model involved.
/// </summary>
internal sealed partial class FakeModelServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Reply> _script = new();
    private LoopbackServer _server = null!;

    public Uri Root => _server.Url;
    public string OpenAiEndpoint => new Uri(Root, "v1").ToString();
    public string OllamaEndpoint => Root.ToString();

    /// <summary>Every request received: the model asked, the system and user messages, and when.</summary>
    public ConcurrentQueue<ModelRequest> Requests { get; } = new();

    /// <summary>The answer's content for a request when the script is empty; per-model answers by name.</summary>
    public Func<ModelRequest, string> Answer { get; set; } = WriteBrief;

    public int PromptTokens { get; set; } = 400;
    public int CompletionTokens { get; set; } = 150;

    public void Enqueue(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public static async Task<FakeModelServer> StartAsync()
    {
        var fake = new FakeModelServer();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", (HttpContext context) => fake.Serve(context, ollama: false));
            app.MapPost("/api/chat", (HttpContext context) => fake.Serve(context, ollama: true));
        });
        return fake;
    }

    private async Task Serve(HttpContext context, bool ollama)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var messages = body!["messages"]!.AsArray();
        var request = new ModelRequest(
            body["model"]!.GetValue<string>(),
            messages.Where(m => m!["role"]!.GetValue<string>() == "system").Select(m => Content(m!)).FirstOrDefault() ?? "",
            messages.Where(m => m!["role"]!.GetValue<string>() == "user").Select(m => Content(m!)).FirstOrDefault() ?? "",
            messages.Where(m => m!["role"]!.GetValue<string>() == "user").Select(m => Content(m!)).LastOrDefault() ?? "",
            messages.Count,
            DateTimeOffset.UtcNow);
        Requests.Enqueue(request);
        var reply = _script.TryDequeue(out var next) ? next : Reply.Good;
        switch (reply.Kind)
        {
            case ReplyKind.Status:
                context.Response.StatusCode = reply.Status;
                if (reply.RetryAfterSeconds is { } wait)
                {
                    context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.Response.WriteAsync("{\"error\":{\"message\":\"scripted failure\"}}");
                return;
            case ReplyKind.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case ReplyKind.StallAfterHeaders:
                // Headers and the first bytes of a body, then nothing: the read of the body is what hangs.
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = 4096;
                await context.Response.WriteAsync("{\"id\":\"chatcmpl-stall\",");
                await context.Response.Body.FlushAsync();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
        }

        var content = reply.Kind == ReplyKind.Raw ? reply.Content! : Answer(request);
        context.Response.ContentType = "application/json";
        if (ollama)
        {
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["model"] = request.Model,
                ["created_at"] = "2026-06-26T08:00:00Z",
                ["message"] = new { role = "assistant", content },
                ["done"] = true,
                ["done_reason"] = "stop",
                ["prompt_eval_count"] = PromptTokens,
                ["eval_count"] = CompletionTokens,
            }) + "\n");
            return;
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1782460800,
            ["model"] = request.Model,
            ["choices"] = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            ["usage"] = new { prompt_tokens = PromptTokens, completion_tokens = CompletionTokens, total_tokens = PromptTokens + CompletionTokens },
        }));
    }

    private static string Content(JsonNode message) => message["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    /// <summary>The evidence lines of a brief prompt: (citation, sentence).</summary>
    public static List<(int Citation, string Text)> Evidence(string user) =>
        user[(user.IndexOf("Evidence:", StringComparison.Ordinal) + 9)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => EvidenceLine().Match(l))
            .Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value))
            .ToList();

    /// <summary>A faithful model: every section quotes evidence with its citation; the take cites the first source.</summary>
    public static string WriteBrief(ModelRequest request)
    {
        if (request.System.StartsWith("Translate", StringComparison.Ordinal))
        {
            return request.User; // an identity "translation"; tests that translate set their own Answer
        }

        var lines = Evidence(request.User).Select(e => $"{e.Text} [{e.Citation}]").ToList();
        string At(int i) => lines[Math.Min(i, lines.Count - 1)];
        var german = request.User.Contains("in German", StringComparison.Ordinal);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["title"] = "A headline",
            ["tldr"] = At(0),
            ["summary"] = new[] { At(1), At(2), At(3) },
            ["why_it_matters"] = new[] { At(4) },
            ["key_points"] = new[] { At(5), At(6) },
            ["faq"] = new[] { new { question = german ? "Was ist passiert?" : "What happened?", answer = At(7) } },
            ["take"] = german ? $"Das verdient Aufmerksamkeit [{Evidence(request.User)[0].Citation}]." : $"This deserves close attention [{Evidence(request.User)[0].Citation}].",
        });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [GeneratedRegex(@"^\[(\d+)\] (.+)$")]
    private static partial Regex EvidenceLine();
}

/// <summary>A request as the server saw it: User is the first user message (the material), LastUser the latest
/// (a repair request, when there was one).</summary>
internal sealed record ModelRequest(string Model, string System, string User, string LastUser, int Messages, DateTimeOffset At);

internal enum ReplyKind
{
    Answer,
    Raw,
    Status,
    Hang,
    StallAfterHeaders,
}

/// <summary>One scripted reply: the normal answer, raw content (garbage, broken JSON), an HTTP status, or a hang.</summary>
internal sealed record Reply(ReplyKind Kind, string? Content = null, int Status = 200, int? RetryAfterSeconds = null)
{
    public static Reply Good { get; } = new(ReplyKind.Answer);
    public static Reply Hang { get; } = new(ReplyKind.Hang);
    public static Reply StallAfterHeaders { get; } = new(ReplyKind.StallAfterHeaders);

    public static Reply Raw(string content) => new(ReplyKind.Raw, content);

    public static Reply Http(int status, int? retryAfterSeconds = null) => new(ReplyKind.Status, Status: status, RetryAfterSeconds: retryAfterSeconds);
}
