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

    public static string Classify(IEnumerable<string> lowerTokens)
    {
        var scores = Cues.Keys.ToDictionary(k => k, _ => 0);
        // A story's words repeat: each distinct token is matched against the cues once.
        var matches = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var token in lowerTokens)
        {
            if (!matches.TryGetValue(token, out var categories))
            {
                matches[token] = categories = Cues.Where(kv => kv.Value.Any(c => token.StartsWith(c, StringComparison.Ordinal) && token.Length - c.Length <= 4)).Select(kv => kv.Key).ToArray();
            }

            foreach (var category in categories)
            {
                scores[category]++;
            }
        }

        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.IndexOf(Taxonomy.ToArray(), kv.Key)).First();
        return best.Value >= 2 ? best.Key : "general";
    }
}
