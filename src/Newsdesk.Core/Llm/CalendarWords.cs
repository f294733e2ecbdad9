using Newsdesk.Core.Text;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Months and weekdays in English and German mapped to one key ("m6", "d3"), so "Juni" in a German sentence matches
/// "June" in the English source it cites. Kept apart from the clustering lexicon on purpose: weekdays would make
/// every two reports of the same week look alike there.
/// </summary>
public static class CalendarWords
{
    private static readonly Dictionary<string, string> Keys = Build();

    public static IReadOnlySet<string> In(string text) =>
        Tokenizer.Words(text).Select(w => Keys.GetValueOrDefault(Tokenizer.Fold(w))).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public static bool Is(string word) => Keys.ContainsKey(Tokenizer.Fold(word));

    private static Dictionary<string, string> Build()
    {
        string[] months =
        [
            // "May" is left out: in English it is as often a verb or a name.
            "january januar", "february februar", "march maerz", "april", "mai", "june juni", "july juli", "august",
            "september", "october oktober", "november", "december dezember",
        ];
        string[] days =
        [
            "monday montag", "tuesday dienstag", "wednesday mittwoch", "thursday donnerstag", "friday freitag",
            "saturday samstag sonnabend", "sunday sonntag",
        ];
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var word in months[i].Split(' '))
            {
                keys[word] = "m" + (i + 1);
            }
        }

        for (var i = 0; i < days.Length; i++)
        {
            foreach (var word in days[i].Split(' '))
            {
                keys[word] = "d" + (i + 1);
            }
        }

        return keys;
    }
}
