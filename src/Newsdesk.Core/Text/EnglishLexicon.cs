namespace Newsdesk.Core.Text;

/// <summary>
/// Small hand-written word lists that let <see cref="WordClassGuesser"/> tell English nouns from verbs, adjectives and
/// adverbs without a trained tagger: frequent verbs (with their irregular forms), adjectives without a telling suffix,
/// and the nouns whose endings look like another class.
/// </summary>
internal static class EnglishLexicon
{
    /// <summary>Frequent verbs in news prose, base form. Regular inflections are derived; many are nouns too ("attack"), which context decides.</summary>
    public static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "accept", "accuse", "achieve", "act", "add", "admit", "agree", "allow", "announce", "appear", "apply", "approve",
        "argue", "arrest", "arrive", "ask", "assume", "attack", "attempt", "attend", "avoid", "ban", "base", "beat", "become",
        "begin", "believe", "belong", "blame", "block", "blow", "break", "bring", "build", "burn", "buy", "call", "carry",
        "cause", "challenge", "change", "charge", "check", "choose", "claim", "close", "come", "commit", "compare",
        "complain", "complete", "concern", "confirm", "consider", "contain", "continue", "control", "cost", "count", "cover",
        "create", "criticize", "criticise", "cut", "deal", "decide", "declare", "decline", "defend", "deliver", "demand", "deny",
        "depend", "describe", "design", "destroy", "determine", "develop", "die", "disappear", "discover", "discuss",
        "drive", "drop", "earn", "eat", "elect", "emerge", "enable", "encourage", "end", "ensure", "enter", "escape",
        "establish", "estimate", "evacuate", "examine", "expand", "expect", "explain", "express", "extend", "face", "fail",
        "fall", "fear", "feel", "fight", "file", "fill", "find", "finish", "fire", "fly", "focus", "follow", "force", "forget",
        "form", "gain", "get", "give", "go", "grow", "guarantee", "handle", "happen", "hate", "head", "hear", "help", "hide",
        "hit", "hold", "hope", "hurt", "identify", "ignore", "improve", "include", "increase", "indicate", "insist",
        "intend", "introduce", "investigate", "involve", "issue", "join", "keep", "kill", "know", "lack", "launch", "lead",
        "learn", "leave", "let", "lie", "like", "limit", "link", "list", "live", "look", "lose", "love", "maintain", "make",
        "manage", "mark", "matter", "mean", "meet", "mention", "miss", "move", "need", "note", "notice", "obtain", "occur",
        "offer", "open", "operate", "order", "owe", "own", "pass", "pay", "perform", "pick", "place", "plan", "play",
        "plead", "point", "prefer", "prepare", "present", "press", "prevent", "produce", "promise", "propose", "protect",
        "protest", "prove", "provide", "publish", "pull", "push", "put", "raise", "reach", "read", "realize", "receive",
        "recognize", "recommend", "record", "reduce", "refer", "reflect", "refuse", "reject", "release", "remain",
        "remember", "remove", "repeat", "replace", "reply", "report", "represent", "request", "require", "rescue",
        "resign", "resolve", "respond", "rest", "result", "return", "reveal", "rise", "risk", "rule", "run", "save", "say",
        "see", "seek", "seem", "seize", "sell", "send", "serve", "set", "settle", "share", "shoot", "show", "shut", "sign",
        "sit", "sleep", "speak", "spend", "spread", "stand", "start", "state", "stay", "stop", "strike", "struggle",
        "submit", "succeed", "suffer", "suggest", "supply", "support", "suppose", "surround", "survive", "suspect",
        "suspend", "take", "talk", "target", "teach", "tell", "tend", "test", "think", "threaten", "throw", "touch",
        "train", "travel", "treat", "try", "turn", "understand", "urge", "use", "visit", "vote", "wait", "walk", "want",
        "warn", "watch", "win", "wish", "withdraw", "wonder", "work", "worry", "write",
    };

    /// <summary>Irregular past tenses and participles, which are verbs (or participle adjectives after a determiner).</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "arose", "arisen", "awoke", "beat", "beaten", "became", "began", "begun", "bent", "bet", "bit", "bitten", "bled", "blew",
        "blown", "bore", "born", "borne", "bought", "bound", "broke", "broken", "brought", "built", "burnt", "burst", "came", "caught",
        "chose", "chosen", "clung", "cost", "crept", "dealt", "did", "done", "drew", "drawn", "drove", "driven", "drank", "drunk",
        "dug", "ate", "eaten", "fell", "fallen", "fed", "felt", "fought", "found", "fled", "flew", "flown", "forbade", "forgot",
        "forgotten", "forgave", "forgiven", "froze", "frozen", "gave", "given", "went", "gone", "got", "gotten", "grew", "grown",
        "hung", "heard", "hid", "hidden", "held", "hurt", "kept", "knew", "known", "laid", "led", "left", "lent", "lay", "lain",
        "lit", "lost", "made", "meant", "met", "paid", "quit", "ran", "rang", "rung", "rode", "ridden", "rose", "risen", "said",
        "sat", "saw", "seen", "sought", "sold", "sent", "shook", "shaken", "shot", "showed", "shown", "shut", "sang", "sung",
        "sank", "sunk", "slept", "slid", "spoke", "spoken", "spent", "spun", "split", "spread", "sprang", "stood", "stole",
        "stolen", "stuck", "stung", "struck", "stricken", "swore", "sworn", "swept", "swam", "swum", "swung", "took", "taken",
        "taught", "tore", "torn", "told", "thought", "threw", "thrown", "understood", "undertook", "undertaken", "upset", "woke",
        "woken", "wore", "worn", "won", "wound", "withdrew", "withdrawn", "wrote", "written",
    };

    /// <summary>Adjectives with no telling suffix; they may start a phrase but never end one.</summary>
    public static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "big", "small", "large", "great", "good", "bad", "high", "low", "long", "short", "old", "young", "early",
        "late", "major", "minor", "full", "free", "hard", "strong", "weak", "open", "clear", "close", "false", "senior",
        "junior", "chief", "former", "latter", "future", "far", "deep", "wide", "heavy", "light", "hot", "cold", "warm",
        "dry", "wet", "rich", "poor", "safe", "dead", "alive", "live", "ill", "fair", "firm", "huge", "vast", "tiny",
        "rare", "common", "single", "double", "total", "complete", "direct", "foreign", "domestic", "private", "joint",
        "black", "white", "red", "green", "blue", "brown", "grey", "gray", "average", "upper", "inner", "outer",
        "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "daily", "weekly", "monthly", "yearly", "annual", "quarterly", "worst-hit", "fresh",
        "modern", "ancient", "severe", "serious", "extreme", "intense", "remote", "rural", "urban", "mild", "moderate",
        "massive", "significant", "brief", "legal", "illegal", "prime", "vice", "acting", "leading", "ruling",
        "growing", "ongoing", "existing", "following", "remaining", "missing", "emerging", "rising", "increasing",
        "new",
    };

    /// <summary>Nouns that an adjective or participle ending would misclassify ("official", "building", "interest").</summary>
    public static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "official", "proposal", "approval", "trial", "capital", "hospital", "general", "criminal", "arrival", "individual",
        "signal", "survival", "festival", "animal", "terminal", "journal", "potential", "total", "principal", "material",
        "editorial", "rival", "referral", "council", "tribunal", "denial", "withdrawal", "removal", "renewal", "disposal",
        "professional", "cardinal", "arsenal", "canal", "deal", "appeal", "scandal", "manual", "ritual", "chemical", "local",
        "executive", "representative", "detective", "initiative", "offensive", "explosive", "objective", "incentive",
        "alternative", "relative", "motive", "archive", "native", "directive", "collective", "perspective", "narrative",
        "republic", "public", "traffic", "music", "clinic", "topic", "critic", "panic", "epidemic", "pandemic", "mechanic",
        "plastic", "logic", "electric", "economics", "politics", "physics", "graphic",
        "building", "meeting", "funding", "spending", "bombing", "shooting", "housing", "training", "hearing", "ceiling",
        "evening", "morning", "king", "ring", "thing", "string", "wing", "spring", "offering", "warning", "ruling", "finding",
        "landing", "uprising", "wedding", "clothing", "opening", "beginning", "feeling", "rating",
        "ending", "setting", "shipping", "banking", "mining", "fishing", "farming", "nursing", "marketing", "lending",
        "trading", "bidding", "timing", "lightning", "flooding", "looting", "rioting", "smuggling", "boxing", "sibling",
        "interest", "forest", "protest", "test", "contest", "rest", "arrest", "request", "nest", "chest", "quest",
        "guest", "harvest", "conquest", "unrest", "bed", "shed", "seed", "speed", "feed", "need", "creed", "hundred",
        "greed", "breed", "weed", "sled", "reed", "steed", "family", "supply", "italy", "july", "rally", "ally", "assembly",
        "monopoly", "anomaly", "reply", "fly", "belly", "jelly", "bully", "lily", "folly", "tally", "sully", "holly",
        "business", "witness", "fitness", "illness", "wilderness", "darkness", "weakness", "address", "congress", "progress",
        "process", "access", "success", "press", "stress", "loss", "boss", "cross", "glass", "class", "mass", "pass", "gas",
        "bus", "virus", "status", "census", "bonus", "campus", "focus", "consensus", "crisis", "analysis", "basis", "thesis",
    };

    /// <summary>Adverbs without the -ly ending (those in <see cref="Function"/> or <see cref="Boundary"/> are found there
    /// first); -ly words that are not adverbs are in <see cref="Nouns"/>.</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "ashore", "aground", "abroad", "afloat", "adrift", "upstream", "downstream", "indoors", "outdoors",
        "still", "even", "however", "already", "again", "often", "soon", "now", "almost", "perhaps", "rather", "quite",
        "yet", "instead", "away", "back", "together", "once", "twice", "meanwhile", "nevertheless", "therefore", "thus",
        "moreover", "indeed", "otherwise", "furthermore", "nonetheless", "always", "sometimes", "seldom", "anyway",
        "ahead", "abroad", "alone", "elsewhere", "everywhere", "somewhere", "nowhere", "forward", "overnight",
        "tonight", "well", "far", "nearly",
    };

    /// <summary>Quantities, dates and time words: they end a phrase ("four people" gives no candidate).</summary>
    public static readonly HashSet<string> Boundary = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "dozen", "dozens", "half", "first", "second", "third", "fourth", "fifth", "many", "several", "few", "lot", "lots",
        "some", "any", "every", "each", "all", "both", "either", "neither", "another", "other", "others", "such", "same",
        "own", "certain", "various", "much", "more", "most", "less", "least", "little", "enough", "whole",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
        "minutes", "morning", "afternoon", "evening", "night", "weekend", "mr", "mrs", "ms", "dr", "st", "ap", "reuters",
        "et", "al", "etc", "ok", "oh", "inc", "co", "corp", "ltd", "jr", "sr", "someone", "something", "anything",
        "everything", "nothing", "everyone", "anyone", "nobody", "somebody", "everybody", "anybody", "percent", "euros",
        "dollars", "pounds", "cents", "metres", "meters", "kilometres", "kilometers", "millimetres", "centimetres",
        "tonnes", "kilograms", "litres", "last",
        "earlier", "later", "ago", "a.m", "p.m",
    };

    /// <summary>Verbs of reporting that are never a modifier ("said Exxon spokesman").</summary>
    public static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "asked", "told", "added", "stated", "noted", "explained", "reported", "announced", "declared",
        "confirmed", "insisted", "warned", "replied", "wrote", "argued", "claimed", "acknowledged", "estimated",
    };

    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "for", "by", "on", "about", "after", "before", "without", "from", "at", "with", "into", "through", "against",
        "while", "when", "since", "despite",
    };

    /// <summary>Vague nouns: fine inside a phrase ("PLO officials"), never a key phrase alone.</summary>
    public static readonly HashSet<string> WeakHeads = new(StringComparer.Ordinal)
    {
        "people", "thing", "things", "way", "ways", "part", "parts", "number", "kind", "sort", "end", "fact", "case",
        "cases", "place", "point", "man", "woman", "men", "women", "spokesman", "spokeswoman", "official", "officials",
        "statement", "interview", "news", "report", "reports", "area", "areas", "group", "groups", "side", "sides",
        "member", "members", "leader", "leaders", "country", "countries", "city", "state", "states", "world", "home",
        "life", "lives", "story", "officer", "officers", "person", "persons", "problem", "problems", "issue", "issues",
        "effort", "efforts", "plan", "plans", "move", "step", "steps", "change", "changes", "question", "questions",
        "result", "results",
    };

    /// <summary>Closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries, modals, question words.</summary>
    public static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "i", "me", "you",
        "he", "him", "she", "it", "we", "us", "they", "them", "myself", "yourself", "himself", "herself", "itself", "ourselves",
        "themselves", "who", "whom", "whose", "which", "what", "whatever", "whoever", "when", "where", "why", "how", "whether",
        "if", "unless", "because", "since", "although", "though", "while", "whereas", "as", "than", "and", "or", "but", "nor",
        "so", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "within", "into", "onto", "upon", "about",
        "above", "below", "under", "over", "after", "before", "during", "until", "till", "through", "throughout", "across",
        "along", "among", "amongst", "around", "behind", "beside", "besides", "between", "beyond", "despite", "down", "up",
        "out", "off", "near", "toward", "towards", "against", "via", "per", "like", "unlike", "including", "according",
        "amid", "aboard", "inside", "outside", "beneath", "underneath", "except", "plus", "versus", "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "not", "no", "yes",
        "there", "here", "then", "also", "only", "just", "very", "too", "else", "ever", "never",
    };

    /// <summary>Modifiers that say how much or which one, not what: "biggest oil spill" is the oil spill.</summary>
    public static readonly HashSet<string> WeakModifiers = new(StringComparer.Ordinal)
    {
        "biggest", "largest", "highest", "lowest", "greatest", "latest", "newest", "oldest", "smallest", "strongest",
        "longest", "worst", "best", "better", "worse", "bigger", "larger", "higher", "lower", "smaller", "greater",
        "easiest", "earliest", "deadliest", "separate", "similar", "different", "additional", "previous", "next",
        "past", "recent", "current", "entire", "overall", "usual", "likely", "unlikely", "able", "sure", "due",
        "further", "main", "top", "key", "particular", "specific", "real", "true", "actual",
    };

    /// <summary>Third-person verbs of saying and stance: after a noun they are the verb ("Arafat says"), not a plural.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "says", "tells", "adds", "warns", "urges", "denies", "insists", "believes", "thinks", "wants", "seems", "appears",
        "means", "condemns", "vows", "accuses", "argues", "admits", "announces", "calls", "claims", "confirms", "expects",
        "hopes", "plans", "reports", "rejects", "suggests", "agrees", "refuses", "threatens", "promises", "predicts",
        "needs", "knows", "becomes", "remains", "faces", "gets", "makes", "takes", "gives", "goes", "comes", "looks",
    };

    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some", "any",
        "no", "every", "each", "another", "such", "whose", "what", "which", "many", "several", "few", "all", "both", "more", "most",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "i", "you", "he", "she", "it", "we", "they", "who", "which", "that",
    };

    public static readonly HashSet<string> VerbMarkers = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "not", "cannot",
        "won't", "didn't", "don't", "doesn't", "wouldn't", "couldn't", "shouldn't", "can't",
    };

    public static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "be", "am", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having", "get", "gets", "got",
    };

    public static readonly string[] AdjectiveSuffixes =
    [
        "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ese", "ian", "ish",
    ];
}
