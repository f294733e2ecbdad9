namespace Newsdesk.Core.Brief;

/// <summary>
/// Assigns one category of the fixed taxonomy from cue words in English and German (matched on word starts).
/// Taxonomy: politics, business, tech, science, health, environment, sports, culture, world; "general" when nothing fits.
/// </summary>
public static class CategoryClassifier
{
    public static readonly IReadOnlyList<string> Taxonomy = ["politics", "business", "tech", "science", "health", "environment", "sports", "culture", "world", "general"];

    private static readonly Dictionary<string, string[]> Cues = new()
    {
        ["politics"] = ["parliament", "minister", "election", "vote", "government", "council", "mayor", "law", "senate", "parlament", "regierung", "wahl", "bürgermeister", "gesetz", "stadtrat", "abstimmung", "partei", "party"],
        ["business"] = ["company", "market", "shares", "profit", "revenue", "bank", "merger", "investor", "price", "unternehmen", "aktie", "umsatz", "gewinn", "konzern", "markt", "preis", "fusion", "firma", "jobs", "stellen", "strike", "streik"],
        ["tech"] = ["software", "model", "chip", "app", "data", "ai", "algorithm", "computer", "digital", "robot", "internet", "ki", "daten", "technolog", "satellite", "satellit", "startup"],
        ["science"] = ["research", "scientist", "study", "telescope", "species", "physics", "forschung", "wissenschaft", "studie", "forscher", "discovery", "entdeck", "university", "universität"],
        ["health"] = ["hospital", "patients", "vaccine", "disease", "doctor", "health", "klinik", "krankenhaus", "patient", "impf", "gesundheit", "ärzte", "virus"],
        ["environment"] = ["climate", "flood", "drought", "emission", "wind", "solar", "storm", "river", "klima", "hochwasser", "dürre", "sturm", "energie", "energy", "fluss", "heat", "hitze"],
        ["sports"] = ["match", "league", "championship", "coach", "goal", "team", "cup", "spiel", "liga", "meisterschaft", "trainer", "tor", "marathon", "pokal", "finale", "final"],
        ["culture"] = ["film", "museum", "festival", "music", "book", "exhibition", "theatre", "ausstellung", "musik", "buch", "theater", "konzert", "kunst", "art"],
        ["world"] = ["summit", "treaty", "border", "united nations", "embassy", "gipfel", "abkommen", "grenze", "botschaft"],
    };

    // A cue matches a word it starts, with at most this many letters after it ("minister" matches "ministers").
    private const int MaxSuffix = 4;

    // The categories of each cue: a word is looked up by its few possible cue-length prefixes (at most five lookups), not
    // compared with every cue (a tenth of a brief's cost when every word was tested against every cue).
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> CategoriesOfCue =
        Cues.SelectMany(kv => kv.Value.Select(cue => (Cue: cue, Category: kv.Key)))
            .GroupBy(x => x.Cue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Category).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Classify(IEnumerable<string> lowerTokens)
    {
        var scores = Cues.Keys.ToDictionary(k => k, _ => 0);
        // A story's words repeat: each distinct token is matched against the cues once.
        var matches = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var token in lowerTokens)
        {
            if (!matches.TryGetValue(token, out var categories))
            {
                matches[token] = categories = CategoriesOf(token);
            }

            foreach (var category in categories)
            {
                scores[category]++;
            }
        }

        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.IndexOf(Taxonomy.ToArray(), kv.Key)).First();
        return best.Value >= 2 ? best.Key : "general";
    }

    private static string[] CategoriesOf(string token)
    {
        List<string>? found = null;
        for (var length = Math.Max(1, token.Length - MaxSuffix); length <= token.Length; length++)
        {
            if (CategoriesOfCue.TryGetValue(token.AsSpan(0, length), out var categories))
            {
                found ??= [];
                foreach (var category in categories.Where(c => !found.Contains(c, StringComparer.Ordinal)).ToList())
                {
                    found.Add(category);
                }
            }
        }

        return found is null ? [] : [.. found];
    }
}
