using System.IO.Compression;
using System.Text.Json;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// An article's analysis as it is kept in the store: everything but the article itself, as Brotli-compressed JSON.
/// Analysing an article costs about a millisecond; reading it back a fraction of that, so a run analyses only the
/// articles that are new or changed.
/// </summary>
internal static class AnalysisCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Encode(ArticleAnalysis analysis)
    {
        var stored = new Stored(analysis.Language, analysis.Sentences.Select(s => new StoredSentence(s.Text, s.Paragraph, s.Position, s.Terms)).ToList(),
            analysis.TermCounts, analysis.TitleTerms, analysis.Names, analysis.Figures, analysis.Entities, analysis.Concepts, analysis.KeyTerms);
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(brotli, stored, Json);
        }

        return output.ToArray();
    }

    public static ArticleAnalysis Decode(byte[] bytes, Article article)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var stored = JsonSerializer.Deserialize<Stored>(brotli, Json) ?? throw new InvalidDataException($"article {article.Id}: stored analysis is empty");
        return new ArticleAnalysis
        {
            Article = article,
            Language = stored.Language,
            Sentences = stored.Sentences.Select(s => new AnalyzedSentence(s.Text, s.Paragraph, s.Position, s.Terms)).ToList(),
            TermCounts = stored.TermCounts,
            TitleTerms = stored.TitleTerms,
            Names = Set(stored.Names),
            Figures = Set(stored.Figures),
            Entities = Set(stored.Entities),
            Concepts = Set(stored.Concepts),
            KeyTerms = stored.KeyTerms,
        };
    }

    private static HashSet<string> Set(IEnumerable<string> values) => new(values, StringComparer.Ordinal);

    private sealed record StoredSentence(string Text, int Paragraph, int Position, IReadOnlyList<string> Terms);

    private sealed record Stored(
        string Language, List<StoredSentence> Sentences, IReadOnlyDictionary<string, int> TermCounts, IReadOnlyList<string> TitleTerms,
        IEnumerable<string> Names, IEnumerable<string> Figures, IEnumerable<string> Entities, IEnumerable<string> Concepts, IReadOnlyList<KeyTerm> KeyTerms);
}
