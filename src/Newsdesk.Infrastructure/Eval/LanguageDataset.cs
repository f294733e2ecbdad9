using System.Globalization;
using CsvHelper;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// Texts with a known language for the language-identification eval: the SemEval-2022 Task 8 pair files (columns
/// lang1, lang2, text1, text2; ten languages), each text once, with its headline (the text up to the first double space
/// or sentence end) as a short sample.
/// </summary>
public static class LanguageDataset
{
    public sealed record Sample(string Language, string Text, string Headline);

    public static IReadOnlyList<Sample> Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        while (csv.Read())
        {
            foreach (var side in new[] { "1", "2" })
            {
                var language = csv.GetField("lang" + side)?.Trim() ?? "";
                var text = csv.GetField("text" + side)?.Trim() ?? "";
                if (language.Length > 0 && text.Length > 0 && seen.Add(text))
                {
                    samples.Add(new Sample(language, text, Headline(text)));
                }
            }
        }

        return samples;
    }

    private static string Headline(string text)
    {
        var headline = SemEvalText.Split(text).Headline is { Length: > 0 } marked ? marked : text;
        return headline.Length <= 160 ? headline : headline[..160];
    }
}
