namespace Newsdesk.Core.Text;

/// <summary>
/// How many documents of a background collection use each word stem: what makes "tornado" specific and "report" common.
/// The pipeline keeps it in the store and grows it with every article; an empty table leaves every word equally specific.
/// </summary>
public sealed class BackgroundFrequencies
{
    private readonly IReadOnlyDictionary<string, int> _documentFrequency;

    public BackgroundFrequencies(int documents, IReadOnlyDictionary<string, int> documentFrequency)
    {
        Documents = documents;
        _documentFrequency = documentFrequency;
    }

    public static BackgroundFrequencies Empty { get; } = new(0, new Dictionary<string, int>());

    public int Documents { get; }

    public int Frequency(string stem) => _documentFrequency.GetValueOrDefault(stem);

    /// <summary>Inverse document frequency, smoothed so an unseen stem is the most specific and a table of a few
    /// documents barely matters: 1 for a stem in every document, up to 1 + ln(N + 1).</summary>
    public double Specificity(string stem) =>
        Documents == 0 ? 1 : 1 + Math.Log((Documents + 1.0) / (Frequency(stem) + 1.0));

    /// <summary>Counts a collection: each document given as its stems (repeats are ignored).</summary>
    public static BackgroundFrequencies Count(IEnumerable<IEnumerable<string>> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var stem in document.Distinct(StringComparer.Ordinal))
            {
                frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
            }
        }

        return new BackgroundFrequencies(count, frequency);
    }
}
