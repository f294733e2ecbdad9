using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// An article's analysis as it is kept in the store: everything but the article itself. Analysing an article costs
/// about a millisecond; reading it back a fraction of that, so a run analyses only the articles that are new or changed.
/// </summary>
/// <remarks>
/// Format 2 (<see cref="Current"/>) is binary: every distinct string once in a table, then the fields as indexes into
/// it, Brotli-compressed behind its uncompressed length. Format 1, Brotli-compressed JSON, is still read (stores
/// written before it). Every article is read back twice in a first build (to place it, then to brief its story):
/// measured with bench analysis-reads on 20,000 analyses, format 2 reads in 0.093 ms and writes in 0.150 ms an
/// analysis, JSON in 0.179 and 0.253.
/// </remarks>
internal static class AnalysisCodec
{
    public const int Current = 2;
    private const int Json = 1;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static byte[] Encode(ArticleAnalysis analysis)
    {
        var strings = new StringTable();
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            void Strings(IEnumerable<string> values)
            {
                var list = values as IReadOnlyCollection<string> ?? values.ToList();
                writer.Write7BitEncodedInt(list.Count);
                foreach (var value in list)
                {
                    writer.Write7BitEncodedInt(strings.Index(value));
                }
            }

            writer.Write7BitEncodedInt(strings.Index(analysis.Language));
            writer.Write7BitEncodedInt(analysis.Sentences.Count);
            foreach (var sentence in analysis.Sentences)
            {
                writer.Write7BitEncodedInt(strings.Index(sentence.Text));
                writer.Write7BitEncodedInt(sentence.Paragraph);
                writer.Write7BitEncodedInt(sentence.Position);
                Strings(sentence.Terms);
            }

            writer.Write7BitEncodedInt(analysis.TermCounts.Count);
            foreach (var (term, count) in analysis.TermCounts)
            {
                writer.Write7BitEncodedInt(strings.Index(term));
                writer.Write7BitEncodedInt(count);
            }

            Strings(analysis.TitleTerms);
            Strings(analysis.Names);
            Strings(analysis.Figures);
            Strings(analysis.Entities);
            Strings(analysis.Concepts);
            writer.Write7BitEncodedInt(analysis.KeyTerms.Count);
            foreach (var term in analysis.KeyTerms)
            {
                writer.Write7BitEncodedInt(strings.Index(term.Term));
                writer.Write(term.Score);
                writer.Write7BitEncodedInt((int)term.Kind);
                writer.Write7BitEncodedInt(term.Explanation is null ? 0 : strings.Index(term.Explanation) + 1);
            }
        }

        // Uncompressed first, then compressed in one call with its length in front: small writes straight into a
        // BrotliStream made encoding slower than the JSON it replaced (measured 0.47 vs 0.25 ms an analysis).
        using var payload = new MemoryStream((int)body.Length + 1024);
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(strings.Values.Count);
            foreach (var value in strings.Values)
            {
                writer.Write(value);
            }

            writer.Write(body.GetBuffer(), 0, (int)body.Length);
        }

        var plain = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var packed = new byte[5 + BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        var prefix = WriteLength(packed, plain.Length);
        if (!BrotliEncoder.TryCompress(plain, packed.AsSpan(prefix), out var written, quality: 1, window: 22))
        {
            throw new InvalidOperationException("an analysis could not be compressed");
        }

        return packed[..(prefix + written)];
    }

    private static int WriteLength(byte[] into, int length)
    {
        var at = 0;
        for (var rest = (uint)length; ; rest >>= 7)
        {
            into[at++] = (byte)(rest < 0x80 ? rest : (rest & 0x7F) | 0x80);
            if (rest < 0x80)
            {
                return at;
            }
        }
    }

    private static (int Length, int Prefix) ReadLength(byte[] from)
    {
        var (length, shift, at) = (0, 0, 0);
        while (true)
        {
            var b = from[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (length, at);
            }

            shift += 7;
        }
    }

    public static ArticleAnalysis Decode(byte[] bytes, int format, Article article) => format switch
    {
        Current => DecodeBinary(bytes, article),
        Json => DecodeJson(bytes, article),
        _ => throw new InvalidDataException($"article {article.Id}: stored analysis has format {format}, which this version cannot read"),
    };

    private static ArticleAnalysis DecodeBinary(byte[] bytes, Article article)
    {
        var (length, prefix) = ReadLength(bytes);
        var plain = new byte[length];
        if (!BrotliDecoder.TryDecompress(bytes.AsSpan(prefix), plain, out var decoded) || decoded != length)
        {
            throw new InvalidDataException($"article {article.Id}: stored analysis is damaged");
        }

        using var reader = new BinaryReader(new MemoryStream(plain), Encoding.UTF8);
        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        string String() => strings[reader.Read7BitEncodedInt()];
        List<string> List()
        {
            var list = new List<string>(reader.Read7BitEncodedInt());
            for (var i = list.Capacity; i > 0; i--)
            {
                list.Add(String());
            }

            return list;
        }

        var language = String();
        var sentences = new List<AnalyzedSentence>(reader.Read7BitEncodedInt());
        for (var i = sentences.Capacity; i > 0; i--)
        {
            sentences.Add(new AnalyzedSentence(String(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), List()));
        }

        var distinctTerms = reader.Read7BitEncodedInt();
        var termCounts = new Dictionary<string, int>(distinctTerms, StringComparer.Ordinal);
        for (var i = 0; i < distinctTerms; i++)
        {
            termCounts[String()] = reader.Read7BitEncodedInt();
        }

        var titleTerms = List();
        var names = Set(List());
        var figures = Set(List());
        var entities = Set(List());
        var concepts = Set(List());
        var keyTerms = new List<KeyTerm>(reader.Read7BitEncodedInt());
        for (var i = keyTerms.Capacity; i > 0; i--)
        {
            var (term, score, kind, explanation) = (String(), reader.ReadDouble(), (KeyTermKind)reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            keyTerms.Add(new KeyTerm(term, score, kind) { Explanation = explanation == 0 ? null : strings[explanation - 1] });
        }

        return new ArticleAnalysis
        {
            Article = article,
            Language = language,
            Sentences = sentences,
            TermCounts = termCounts,
            TitleTerms = titleTerms,
            Names = names,
            Figures = figures,
            Entities = entities,
            Concepts = concepts,
            KeyTerms = keyTerms,
        };
    }

    private static ArticleAnalysis DecodeJson(byte[] bytes, Article article)
    {
        using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var stored = JsonSerializer.Deserialize<Stored>(brotli, JsonOptions) ?? throw new InvalidDataException($"article {article.Id}: stored analysis is empty");
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

    /// <summary>Each distinct string numbered in the order it is first written.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Values { get; } = [];

        public int Index(string value)
        {
            if (!_index.TryGetValue(value, out var index))
            {
                _index[value] = index = Values.Count;
                Values.Add(value);
            }

            return index;
        }
    }

    private sealed record StoredSentence(string Text, int Paragraph, int Position, IReadOnlyList<string> Terms);

    private sealed record Stored(
        string Language, List<StoredSentence> Sentences, IReadOnlyDictionary<string, int> TermCounts, IReadOnlyList<string> TitleTerms,
        IEnumerable<string> Names, IEnumerable<string> Figures, IEnumerable<string> Entities, IEnumerable<string> Concepts, IReadOnlyList<KeyTerm> KeyTerms);
}
