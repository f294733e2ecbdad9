using System.Data.Common;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// The background document-frequency table behind key-term specificity: per language, how many counted articles use
/// each stem. An article is counted once, in the same transaction as its stems, so a killed run or a re-run never
/// counts it twice; a later version of the article is not recounted (one document stays one document).
/// </summary>
public sealed class TermFrequencyRepository(DbConnection connection)
{
    /// <summary>Adds each article's distinct stems to its language's table; articles already counted are skipped.</summary>
    public int Add(IEnumerable<(long ArticleId, string Language, IEnumerable<string> Stems)> articles)
    {
        using var transaction = connection.BeginTransaction();
        using var mark = connection.Command("INSERT INTO term_counted_articles (article_id, language) VALUES (@id, @language) ON CONFLICT DO NOTHING", transaction);
        var markId = mark.AddParameter("@id", 0L);
        var markLanguage = mark.AddParameter("@language", "");

        using var count = connection.Command("""
            INSERT INTO term_frequencies (language, stem, documents) VALUES (@language, @stem, @n)
            ON CONFLICT (language, stem) DO UPDATE SET documents = term_frequencies.documents + excluded.documents
            """, transaction);
        var countLanguage = count.AddParameter("@language", "");
        var countStem = count.AddParameter("@stem", "");
        var countN = count.AddParameter("@n", 0);

        // Counted in memory first, one row update per distinct stem of the batch (not one per article and stem: a
        // thousand articles share most of their words).
        var counts = new Dictionary<(string Language, string Stem), int>();
        var added = 0;
        foreach (var (articleId, language, stems) in articles)
        {
            (markId.Value, markLanguage.Value) = (articleId, language);
            if (mark.ExecuteNonQuery() == 0)
            {
                continue;
            }

            added++;
            foreach (var stem in stems.Distinct(StringComparer.Ordinal))
            {
                counts[(language, stem)] = counts.GetValueOrDefault((language, stem)) + 1;
            }
        }

        foreach (var ((language, stem), n) in counts)
        {
            (countLanguage.Value, countStem.Value, countN.Value) = (language, stem, n);
            count.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;
    }

    /// <summary>The table for one language, restricted to <paramref name="stems"/> (the words of the articles about to be
    /// analysed): a large store's vocabulary is never read whole.</summary>
    public BackgroundFrequencies Load(string language, IEnumerable<string> stems)
    {
        var documents = connection.Scalar<int>("SELECT COUNT(*) FROM term_counted_articles WHERE language = @l", null, ("@l", language));
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (stem, count) in connection.QueryIn("SELECT stem, documents FROM term_frequencies WHERE language = @l AND stem IN ({keys})",
            stems, r => (r.GetString(0), r.Int(1)), ("@l", language)))
        {
            frequency[stem] = count;
        }

        return new BackgroundFrequencies(documents, frequency);
    }

    /// <summary>The table for one language, read whole: the ranker looks up every candidate word.</summary>
    public BackgroundFrequencies Load(string language)
    {
        var documents = connection.Scalar<int>("SELECT COUNT(*) FROM term_counted_articles WHERE language = @l", null, ("@l", language));
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (stem, count) in connection.Query("SELECT stem, documents FROM term_frequencies WHERE language = @l", r => (r.GetString(0), r.Int(1)), null, ("@l", language)))
        {
            frequency[stem] = count;
        }

        return new BackgroundFrequencies(documents, frequency);
    }
}
