namespace Newsdesk.Cli.Tests.Commands;

public class CommandErrorTests
{
    [Fact]
    public async Task Eval_of_missing_data_fails_with_one_line()
    {
        var (exit, _, error) = await CliRun.Invoke("eval", "extraction", "--data", "/nonexistent/data");

        Assert.NotEqual(0, exit);
        Assert.Equal("newsdesk: evaluation data not found: /nonexistent/data", error.Trim());
    }

    [Theory]
    [InlineData("export --format pdf --out OUT", "Argument 'pdf' not recognized. Must be one of: 'md' 'html' 'json' 'opml'", "newsdesk export --help")]
    [InlineData("run --onse", "Unrecognized command or argument '--onse'.", "newsdesk run --help")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.", "newsdesk --help")]
    [InlineData("brief --lang fr page.html", "Argument 'fr' not recognized. Must be one of: 'en' 'de'", "newsdesk brief --help")]
    [InlineData("export --format md", "Option '--out' is required.", "newsdesk export --help")]
    public async Task A_usage_mistake_is_one_line_and_where_to_find_help_with_exit_code_2(string line, string message, string help)
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = await CliRun.Invoke([.. line.Replace("OUT", temp.Path, StringComparison.Ordinal).Split(' '), "--data-dir", temp.Path]);

        Assert.Equal(2, exit);
        Assert.Equal([$"newsdesk: {message}", $"see `{help}`"], error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.DoesNotContain("Usage:", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_eval_suite_is_a_usage_error()
    {
        var (exit, _, error) = await CliRun.Invoke("eval", "astrology", "--data", ".");
        Assert.Equal(2, exit);
        Assert.StartsWith("newsdesk: Argument 'astrology' not recognized.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_llm_engine_without_a_configured_model_is_refused_with_what_to_set()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await CliRun.Invoke("brief", "--engine", "llm", "--data-dir", temp.Path, "page.html");

        Assert.Equal(2, exit);
        Assert.Contains("needs a model", error, StringComparison.Ordinal);
        Assert.Contains("Llm:Model", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_endpoint_that_is_not_a_url_is_named_in_the_error()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "newsdesk.json"), """{ "Llm": { "Endpoint": "localhost:11434", "Model": "qwen2.5:7b" } }""");
        var (exit, _, error) = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("setting Llm:Endpoint (NEWSDESK_Llm__Endpoint or newsdesk.json) is \"localhost:11434\"; it must be an absolute http(s) address", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Fetch": { "TimeoutSecs": 5 } }""", "unknown setting Fetch:TimeoutSecs in newsdesk.json; did you mean Fetch:TimeoutSeconds?")]
    [InlineData("""{ "Fetch": [] }""", "setting Fetch in newsdesk.json is a section of settings: write { … }, not a list")]
    [InlineData("""{ "Fetch": { "MaxBytes": 0 } }""", "setting Fetch:MaxBytes (NEWSDESK_Fetch__MaxBytes or newsdesk.json) is \"0\"; it must be at least 1024")]
    [InlineData("""{ "Fetch": { "IdleSeconds": -1 } }""", "setting Fetch:IdleSeconds (NEWSDESK_Fetch__IdleSeconds or newsdesk.json) is \"-1\"; it must be at least 1")]
    [InlineData("""{ "Fetch": { "MaxItemsPerPoll": 0 } }""", "setting Fetch:MaxItemsPerPoll")]
    [InlineData("""{ "Fetch": { "PollMinutes": 0 } }""", "setting Fetch:PollMinutes")]
    [InlineData("""{ "Fetch": { "UserAgent": "" } }""", "setting Fetch:UserAgent (NEWSDESK_Fetch__UserAgent or newsdesk.json) is \"\"; it must name the reader")]
    [InlineData("""{ "Site": { "BaseUrl": "not-a-url" } }""", "setting Site:BaseUrl (NEWSDESK_Site__BaseUrl or newsdesk.json) is \"not-a-url\"; it must be an absolute http(s) address")]
    [InlineData("""{ "Site": { "Language": "fr" } }""", "setting Site:Language (NEWSDESK_Site__Language or newsdesk.json) is \"fr\"; it must be en or de")]
    [InlineData("""{ "Llm": { "Models": [ { "Model": "x", "Role": "boss" } ] } }""", "setting Llm:Models:0:Role (NEWSDESK_Llm__Models__0__Role or newsdesk.json) is \"boss\"; it must be cheap or strong")]
    [InlineData("{ \"Fetch\": {\n  \"PollMinutes\": 30,,\n} }", "is not valid JSON: line 2, column 21:")]
    [InlineData("""{ "Store": { "ConnectionString": "Foo=bar;;=" } }""", "setting Store:ConnectionString (NEWSDESK_Store__ConnectionString or newsdesk.json) is not a valid SQLite connection string")]
    [InlineData("""{ "Store": { "Provider": "postgres", "ConnectionString": "Host=db;Port=abc;Password=hunter2" } }""", "is not a valid PostgreSQL connection string")]
    public async Task A_setting_out_of_range_unknown_or_malformed_is_refused_in_one_line_before_anything_is_written(string json, string expected)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "newsdesk.json"), json);

        var (exit, output, error) = await CliRun.Invoke("run", "--once", "--now", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("hunter2", error + output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "newsdesk.db")));
    }

    [Fact]
    public async Task A_misspelt_environment_setting_is_named_with_the_nearest_known_one()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await CliRun.Invoke(new Dictionary<string, string?> { ["NEWSDESK_Fetch__PollMinute"] = "5" }, "feeds", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Equal("newsdesk: unknown setting Fetch:PollMinute in NEWSDESK_Fetch__PollMinute; did you mean Fetch:PollMinutes?", error.Trim());
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await CliRun.Invoke("extract", "--data-dir", temp.Path, "/nonexistent/page.html");

        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/page.html", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_available_on_every_command()
    {
        foreach (var command in new[] { "demo", "add", "run", "serve", "brief", "extract", "export", "eval" })
        {
            var (exit, output, _) = await CliRun.Invoke(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gets_a_one_line_error_and_is_left_alone()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "newsdesk.db");
        await File.WriteAllTextAsync(path, "this is not an SQLite database, just some text that happens to be here");

        var (exit, _, error) = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.StartsWith("newsdesk: the store ", error.Trim(), StringComparison.Ordinal);
        Assert.Contains("is damaged or not a SQLite database", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("this is not an SQLite database", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }
}
