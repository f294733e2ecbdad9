using System.Text.Json;
using YamlDotNet.Serialization;

namespace Newsdesk.Web.Demo;

/// <summary>Loads the bundled demo corpus: outlets.json plus one Markdown file with YAML front matter per article.</summary>
public sealed class DemoCorpus
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private DemoCorpus(IReadOnlyList<DemoOutlet> outlets, IReadOnlyList<DemoArticle> articles)
    {
        Outlets = outlets;
        Articles = articles;
    }

    public IReadOnlyList<DemoOutlet> Outlets { get; }
    public IReadOnlyList<DemoArticle> Articles { get; }

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "samples", "demo");

    public static DemoCorpus Load(string directory)
    {
        var outletsFile = Path.Combine(directory, "outlets.json");
        if (!File.Exists(outletsFile))
        {
            throw new FileNotFoundException($"demo corpus not found: {outletsFile} is missing");
        }

        var outlets = JsonSerializer.Deserialize<List<DemoOutlet>>(File.ReadAllText(outletsFile), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        var articles = new List<DemoArticle>();
        foreach (var outlet in outlets)
        {
            var folder = Path.Combine(directory, "articles", outlet.Id);
            foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                articles.Add(Parse(outlet, file));
            }
        }

        return new DemoCorpus(outlets, articles);
    }

    private static DemoArticle Parse(DemoOutlet outlet, string file)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var parts = text.Split("---\n", 3);
        if (parts.Length < 3)
        {
            throw new FormatException($"{file}: expected YAML front matter between --- lines");
        }

        var header = Yaml.Deserialize<Dictionary<string, string>>(parts[1]);
        var blocks = parts[2].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Replace('\n', ' ')).ToList();
        return new DemoArticle(outlet, Path.GetFileNameWithoutExtension(file), header["title"],
            DateTimeOffset.Parse(header["published"], System.Globalization.CultureInfo.InvariantCulture), header["author"], blocks)
        {
            Later = header.TryGetValue("arrives", out var arrives) && arrives == "later",
        };
    }
}
