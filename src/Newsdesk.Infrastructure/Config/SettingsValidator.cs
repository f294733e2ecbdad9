using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Newsdesk.Infrastructure.Config;

/// <summary>
/// Every setting checked at start, so a mistake ends in one line naming the setting instead of odd behaviour later:
/// keys nobody reads (a misspelling, with the nearest known key), a section given a value (<c>{"Fetch": []}</c>), numbers
/// out of range, addresses that are not absolute http(s) URLs, languages other than en and de, model roles other than
/// cheap and strong, and connection strings that do not parse.
/// </summary>
public static class SettingsValidator
{
    /// <summary>Properties that are not settings: set by the program, not by the operator.</summary>
    private static readonly HashSet<string> NotSettings = new(StringComparer.OrdinalIgnoreCase) { "DataDir", "ServedAt" };

    private static readonly Lazy<List<(string Pattern, bool Section)>> Known = new(() =>
    {
        var known = new List<(string, bool)>();
        Collect(typeof(NewsdeskSettings), "", known);
        return known;
    });

    /// <param name="file">The settings file as parsed, if there is one: its keys and the shape of each (a section is an
    /// object, a list an array, a value neither).</param>
    /// <param name="environment">The NEWSDESK_ variables' keys; only those naming a section (NEWSDESK_Fetch__…) are
    /// settings, others (NEWSDESK_DATA_DIR) are read elsewhere.</param>
    /// <param name="settings">The bound settings.</param>
    public static void Validate(System.Text.Json.JsonElement? file, IConfiguration environment, NewsdeskSettings settings)
    {
        if (file is { } root)
        {
            if (root.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw new SettingsException("newsdesk.json must hold one JSON object of sections, such as { \"Fetch\": { \"PollMinutes\": 30 } }");
            }

            Walk(root, "");
        }

        foreach (var key in environment.AsEnumerable().Select(kv => kv.Key).Where(k => k.Contains(':', StringComparison.Ordinal)))
        {
            if (!Known.Value.Exists(k => Matches(k.Pattern, key)))
            {
                throw Unknown(key, "NEWSDESK_" + key.Replace(":", "__", StringComparison.Ordinal));
            }
        }

        Ranges(settings);
    }

    /// <summary>Every key of the file known, and each of the shape its setting reads.</summary>
    private static void Walk(System.Text.Json.JsonElement section, string prefix)
    {
        foreach (var property in section.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
        {
            var key = prefix + property.Name;
            var match = Known.Value.FirstOrDefault(k => Matches(k.Pattern, key));
            if (match.Pattern is null)
            {
                throw Unknown(key, "newsdesk.json");
            }

            var kind = property.Value.ValueKind;
            var isList = Known.Value.Exists(k => k.Pattern == match.Pattern + ":#");
            if (!match.Section)
            {
                if (kind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array)
                {
                    throw new SettingsException($"setting {key} in newsdesk.json is a value (a number, text or true/false), not a section or a list");
                }

                continue;
            }

            if (isList ? kind != System.Text.Json.JsonValueKind.Array : kind != System.Text.Json.JsonValueKind.Object)
            {
                throw new SettingsException($"setting {key} in newsdesk.json is {(isList ? "a list: write [ { … } ]" : "a section of settings: write { … }")}, not {Describe(kind)}");
            }

            if (isList)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind != System.Text.Json.JsonValueKind.Object)
                    {
                        throw new SettingsException($"setting {key}:{i} in newsdesk.json is a section of settings: write {{ … }}, not {Describe(item.ValueKind)}");
                    }

                    Walk(item, $"{key}:{i++}:");
                }
            }
            else
            {
                Walk(property.Value, key + ":");
            }
        }
    }

    private static string Describe(System.Text.Json.JsonValueKind kind) => kind switch
    {
        System.Text.Json.JsonValueKind.Array => "a list",
        System.Text.Json.JsonValueKind.Object => "a section",
        System.Text.Json.JsonValueKind.String => "text",
        System.Text.Json.JsonValueKind.Number => "a number",
        System.Text.Json.JsonValueKind.Null => "null",
        _ => "true or false",
    };

    private static SettingsException Unknown(string key, string where)
    {
        var nearest = Nearest(key);
        return new SettingsException($"unknown setting {key} in {where}" + (nearest is null ? "; see the README's configuration table" : $"; did you mean {nearest}?"));
    }

    private static void Ranges(NewsdeskSettings s)
    {
        var fetch = s.Fetch;
        AtLeast("Fetch:TimeoutSeconds", fetch.TimeoutSeconds, 1);
        Between("Fetch:Retries", fetch.Retries, 0, 10);
        Between("Fetch:MaxRedirects", fetch.MaxRedirects, 0, 30);
        AtLeast("Fetch:MaxBytes", fetch.MaxBytes, 1024);
        AtLeast("Fetch:ResponseSeconds", fetch.ResponseSeconds, 1);
        AtLeast("Fetch:IdleSeconds", fetch.IdleSeconds, 1);
        Positive("Fetch:RunBudgetMinutes", fetch.RunBudgetMinutes);
        AtLeast("Fetch:MaxItemsPerPoll", fetch.MaxItemsPerPoll, 1);
        AtLeast("Fetch:PageAttempts", fetch.PageAttempts, 1);
        AtLeast("Fetch:MaxPerHost", fetch.MaxPerHost, 1);
        AtLeast("Fetch:HostDelayMs", fetch.HostDelayMs, 0);
        AtLeast("Fetch:PollMinutes", fetch.PollMinutes, 1);
        if (string.IsNullOrWhiteSpace(fetch.UserAgent))
        {
            throw Invalid("Fetch:UserAgent", fetch.UserAgent, "it must name the reader to the sites it fetches from (for example \"Newsdesk/0.1 (+https://your.site)\")");
        }

        if (string.IsNullOrWhiteSpace(s.Site.Publisher))
        {
            throw Invalid("Site:Publisher", s.Site.Publisher, "it must not be empty");
        }

        if (s.Site.BaseUrl is { } baseUrl)
        {
            Url("Site:BaseUrl", baseUrl);
        }

        if (s.Site.Language is not ("en" or "de"))
        {
            throw Invalid("Site:Language", s.Site.Language, "it must be en or de");
        }

        var llm = s.Llm;
        Positive("Llm:TimeoutSeconds", llm.TimeoutSeconds);
        Between("Llm:MaxAttempts", llm.MaxAttempts, 1, 10);
        AtLeast("Llm:BreakAfterFailures", llm.BreakAfterFailures, 1);
        AtLeast("Llm:RetryDelaySeconds", llm.RetryDelaySeconds, 0);
        AtLeast("Llm:MaxRetryAfterSeconds", llm.MaxRetryAfterSeconds, 0);
        Between("Llm:MaxRepairs", llm.MaxRepairs, 0, 5);
        Provider("Llm:Provider", llm.Provider);
        if (llm.Endpoint is { Length: > 0 } endpoint)
        {
            Url("Llm:Endpoint", endpoint);
        }

        for (var i = 0; i < llm.Models.Count; i++)
        {
            var model = llm.Models[i];
            if (model.Role is not ("cheap" or "strong"))
            {
                throw Invalid($"Llm:Models:{i}:Role", model.Role, "it must be cheap or strong");
            }

            if (model.Endpoint is { Length: > 0 } modelEndpoint)
            {
                Url($"Llm:Models:{i}:Endpoint", modelEndpoint);
            }

            if (model.Provider is { } provider)
            {
                Provider($"Llm:Models:{i}:Provider", provider);
            }
        }

        foreach (var (model, price) in llm.Prices)
        {
            AtLeast($"Llm:Prices:{model}:Input", price.Input, 0);
            AtLeast($"Llm:Prices:{model}:Output", price.Output, 0);
        }

        _ = s.Store.Engine; // throws for an unknown provider
        StoreConnection(s.Store);
    }

    /// <summary>A PostgreSQL connection string must parse; a SQLite one is a file path, or a connection string with a Data Source.</summary>
    private static void StoreConnection(StoreSettings store)
    {
        if (string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            return;
        }

        try
        {
            if (store.Engine == Storage.StoreProvider.Postgres)
            {
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.Host))
                {
                    throw new ArgumentException("it names no Host");
                }
            }
            else if (store.ConnectionString.Contains('=', StringComparison.Ordinal)
                     && string.IsNullOrWhiteSpace(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource))
            {
                throw new ArgumentException("it names no Data Source (the database file)");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The value itself is not repeated: it may hold a password.
            throw new SettingsException($"setting Store:ConnectionString (NEWSDESK_Store__ConnectionString or newsdesk.json) is not a valid {(store.Engine == Storage.StoreProvider.Postgres ? "PostgreSQL" : "SQLite")} connection string: {ex.Message.TrimEnd('.')}");
        }
    }

    private static void Provider(string key, string value)
    {
        if (value.Trim().ToLowerInvariant() is not ("openai" or "ollama"))
        {
            throw Invalid(key, value, "it must be openai or ollama");
        }
    }

    private static void Url(string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            throw Invalid(key, value, "it must be an absolute http(s) address such as https://news.example");
        }
    }

    private static void AtLeast(string key, double value, double least)
    {
        if (double.IsNaN(value) || value < least)
        {
            throw Invalid(key, value.ToString(CultureInfo.InvariantCulture), $"it must be at least {least.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static void Positive(string key, double value)
    {
        if (double.IsNaN(value) || value <= 0)
        {
            throw Invalid(key, value.ToString(CultureInfo.InvariantCulture), "it must be more than 0");
        }
    }

    private static void Between(string key, int value, int least, int most)
    {
        if (value < least || value > most)
        {
            throw Invalid(key, value.ToString(CultureInfo.InvariantCulture), $"it must be from {least} to {most}");
        }
    }

    private static SettingsException Invalid(string key, string? value, string rule) =>
        new($"setting {key} (NEWSDESK_{key.Replace(":", "__", StringComparison.Ordinal)} or newsdesk.json) is \"{value}\"; {rule}");

    /// <summary>Known keys as patterns: "#" stands for a list index, "*" for a dictionary key; sections are marked.</summary>
    private static void Collect(Type type, string prefix, List<(string, bool)> known)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetSetMethod() is not null && !NotSettings.Contains(p.Name)))
        {
            var path = prefix + property.Name;
            var t = property.PropertyType;
            if (IsLeaf(t))
            {
                known.Add((path, false));
            }
            else if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                known.Add((path, true));
                AddElement(t.GetGenericArguments()[1], path + ":*", known);
            }
            else if (typeof(IEnumerable).IsAssignableFrom(t) && t.IsGenericType)
            {
                known.Add((path, true));
                AddElement(t.GetGenericArguments()[0], path + ":#", known);
            }
            else
            {
                known.Add((path, true));
                Collect(t, path + ":", known);
            }
        }
    }

    private static void AddElement(Type element, string path, List<(string, bool)> known)
    {
        if (IsLeaf(element))
        {
            known.Add((path, false));
            return;
        }

        known.Add((path, true));
        Collect(element, path + ":", known);
    }

    private static bool IsLeaf(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || Nullable.GetUnderlyingType(t) is not null;

    private static bool Matches(string pattern, string key)
    {
        var p = pattern.Split(':');
        var k = key.Split(':');
        return p.Length == k.Length && p.Zip(k).All(x => x.First switch
        {
            "#" => x.Second.All(char.IsDigit),
            "*" => true,
            _ => string.Equals(x.First, x.Second, StringComparison.OrdinalIgnoreCase),
        });
    }

    /// <summary>The known key nearest to a misspelt one (edit distance), when it is near enough to be meant.</summary>
    private static string? Nearest(string key)
    {
        var depth = key.Split(':').Length;
        var best = Known.Value.Where(k => k.Pattern.Split(':').Length == depth && !k.Pattern.Contains('#', StringComparison.Ordinal) && !k.Pattern.Contains('*', StringComparison.Ordinal))
            .Select(k => (k.Pattern, Distance: Distance(k.Pattern.ToLowerInvariant(), key.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Pattern, StringComparer.Ordinal).FirstOrDefault();
        return best.Pattern is not null && best.Distance <= Math.Max(3, key.Length / 3) ? best.Pattern : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
