namespace Newsdesk.Core.Text;

/// <summary>The English and German words that tell what kind of thing a name is (see <see cref="NameTyper"/>).</summary>
internal static class NameWords
{
    public static readonly HashSet<string> OrganisationEnds = new(StringComparer.Ordinal)
    {
        "inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "se", "kg", "co", "company", "group", "holdings",
        "bank", "energy", "robotics", "motors", "airlines", "airways", "systems", "technologies", "labs", "services",
        "pharmaceuticals", "industries", "partners", "capital", "insurance", "media", "turbines", "council", "board",
        "union", "party", "university", "college", "school", "observatory", "museum", "ministry", "department", "agency",
        "authority", "committee", "association", "institute", "foundation", "commission", "parliament", "senate",
        "congress", "court", "police", "army", "navy", "fc", "rovers", "united", "club", "guild", "cooperative", "fund",
        "bureau", "office", "service", "church", "diocese", "project", "programme", "program", "hospital", "centre", "center", "network", "times", "post", "news", "wire", "ledger", "journal", "press", "cartel",
        "verband", "gewerkschaft", "partei", "behörde", "ministerium", "verkehrsbetriebe", "stiftung", "bundesamt",
        "kammer", "gericht", "verein", "werke", "konzern", "genossenschaft", "institut", "universität", "hochschule",
        "stadtwerke", "rat", "bundestag", "landtag", "regierung", "polizei",
    };

    public static readonly HashSet<string> PlaceEnds = new(StringComparer.Ordinal)
    {
        "city", "county", "street", "road", "avenue", "square", "valley", "island", "islands", "coast", "bay", "sea",
        "ocean", "river", "province", "region", "district", "quarter", "harbour", "harbor", "stadium", "airport", "bridge",
        "lake", "mountains", "hills", "peninsula", "straße", "strasse", "platz", "tal", "insel", "küste", "see", "fluss",
        "viertel", "hafen", "stadion", "kreis", "land",
    };

    public static readonly HashSet<string> PlaceStarts = new(StringComparer.Ordinal)
    {
        "river", "port", "lake", "mount", "cape", "bay", "gulf", "fort", "saint", "st", "isle", "viertel", "fluss", "bad",
    };

    /// <summary>Titles that stand in front of a person's name.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "mayor", "president", "governor",
        "senator", "sen", "rep", "gen", "general", "col", "capt", "captain", "lt", "sgt", "minister", "chancellor",
        "judge", "justice", "pope", "king", "queen", "prince", "princess", "bishop", "rev", "herr", "frau",
        "bürgermeister", "bürgermeisterin", "präsident", "präsidentin", "kanzler", "kanzlerin", "ministerin",
    };

    /// <summary>Roles written in lower case before a name in English ("researcher Ines Halvard").</summary>
    public static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "researcher", "director", "spokesman", "spokeswoman", "spokesperson", "councillor", "councilor", "chairman",
        "chairwoman", "chair", "chief", "ceo", "founder", "striker", "goalkeeper", "coach", "manager", "captain", "actor",
        "actress", "singer", "author", "writer", "economist", "analyst", "scientist", "astronomer", "hydrologist",
        "negotiator", "lawyer", "attorney", "prosecutor", "officer", "commissioner", "secretary", "leader", "candidate",
        "member", "head", "editor", "professor", "engineer", "inspector", "detective", "architect", "curator", "resident",
        "owner", "mother", "father", "teacher", "farmer", "fisherman", "student", "sprecherin", "sprecher", "executive",
        "representative", "assistant", "consultant", "lieutenant", "sergeant", "agent", "correspondent", "defendant",
        "opponent", "incumbent", "host", "daughter", "son", "wife", "husband", "sister", "brother", "archaeologist",
        "historian", "activist", "journalist", "reporter", "photographer", "musician", "rapper", "comedian", "star",
        "billionaire", "millionaire", "tycoon", "magnate", "entrepreneur", "investor",
    };

    /// <summary>Common nouns that introduce an organisation's name ("the union TransVer", "carmaker Volta", "die
    /// Gewerkschaft Verdi").</summary>
    public static readonly HashSet<string> OrganisationLeads = new(StringComparer.Ordinal)
    {
        "union", "party", "company", "firm", "carmaker", "automaker", "airline", "bank", "lender", "insurer", "retailer",
        "broadcaster", "newspaper", "club", "agency", "group", "startup", "start-up", "chipmaker", "manufacturer",
        "supplier", "operator", "publisher", "charity", "regulator", "gewerkschaft", "partei", "konzern", "firma",
        "unternehmen", "verein", "verband", "versicherer", "hersteller", "sender", "zeitung", "betreiber",
    };

    /// <summary>German nouns (or the heads of compounds) that name a kind of organisation or thing in front of its name:
    /// "Reederei Bluewave Lines", "Roboterhersteller Korvan Robotics", "Wetterdienst Meteo Nord".</summary>
    private static readonly string[] GermanKindHeads =
    [
        "reederei", "hersteller", "konzern", "unternehmen", "gewerkschaft", "behörde", "dienst", "sternwarte", "verband", "verein",
        "partei", "bank", "versicherer", "betreiber", "sender", "zeitung", "firma", "gesellschaft", "windpark", "museum", "klinik",
    ];

    /// <summary>Whether a capitalised German word names a kind of thing ("Turbinenhersteller"), so the name after it is
    /// the name and the word its explanation.</summary>
    public static bool IsGermanKindNoun(string lower) => GermanKindHeads.Any(h => lower.EndsWith(h, StringComparison.Ordinal));

    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "nach", "bei", "nahe",
    };

    /// <summary>A title in front of a name: "mayor", "Dr", or a German job title ("Sprecherin").</summary>
    public static bool IsTitle(string lower, string language) => Titles.Contains(lower) || (language == "de" && IsGermanRole(lower));

    /// <summary>German job titles are capitalised nouns; their endings give them away (Sprecherin, Direktor, Präsident).</summary>
    public static bool IsGermanRole(string lower) =>
        lower.Length > 5 && !OrganisationEnds.Contains(lower) && !PlaceEnds.Contains(lower)
        && (lower.EndsWith("in", StringComparison.Ordinal) && !lower.EndsWith("ein", StringComparison.Ordinal)
            || lower.EndsWith("sprecher", StringComparison.Ordinal) || lower.EndsWith("direktor", StringComparison.Ordinal)
            || lower.EndsWith("präsident", StringComparison.Ordinal) || lower.EndsWith("leiter", StringComparison.Ordinal)
            || lower.EndsWith("chef", StringComparison.Ordinal) || lower.EndsWith("minister", StringComparison.Ordinal)
            || lower.EndsWith("forscher", StringComparison.Ordinal) || lower.EndsWith("experte", StringComparison.Ordinal));
}
