using System.Globalization;
using CsvHelper;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// SemEval-2022 Task 8 article pairs (columns pair_id, lang1, lang2, text1, text2, Overall): two articles and the
/// annotators' mean same-story score, 1 (same story) to 4 (different). An article found in several pairs is one
/// <see cref="Article"/> (same id), so its analysis can be shared.
/// </summary>
public static class StoryPairDataset
{
    public sealed record Pair(string Id, string Language1, string Language2, Article First, Article Second, double Overall);

    public static IReadOnlyList<Pair> Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        var pairs = new List<Pair>();
        while (csv.Read())
        {
            var id = csv.GetField("pair_id") ?? "";
            var overall = double.Parse(csv.GetField("Overall") ?? throw new InvalidDataException($"{path}: pair {id} has no Overall score"), CultureInfo.InvariantCulture);
            pairs.Add(new Pair(id, csv.GetField("lang1")?.Trim() ?? "", csv.GetField("lang2")?.Trim() ?? "",
                ArticleFor(csv.GetField("text1") ?? "", articles), ArticleFor(csv.GetField("text2") ?? "", articles), overall));
        }

        return pairs;
    }

    private static Article ArticleFor(string text, Dictionary<string, Article> articles)
    {
        text = text.Trim();
        if (!articles.TryGetValue(text, out var article))
        {
            var (headline, body) = SemEvalText.Split(text);
            var number = articles.Count + 1;
            articles[text] = article = new Article
            {
                Id = number,
                Url = "urn:semeval:" + number.ToString(CultureInfo.InvariantCulture),
                Title = headline,
                Paragraphs = body.Length > 0 ? [body] : [],
            };
        }

        return article;
    }
}
