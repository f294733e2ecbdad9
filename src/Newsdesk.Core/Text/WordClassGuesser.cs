namespace Newsdesk.Core.Text;

/// <summary>
/// Guesses each word's class in a sentence from word lists, endings and its neighbours — no trained tagger, so nothing
/// to download. It only has to be good at one thing: telling the nouns and adjectives that make key phrases from the
/// verbs, adverbs and function words that end them. English uses <see cref="EnglishLexicon"/>; German needs little more
/// than capitalisation, since every German noun is capitalised.
/// </summary>
public static class WordClassGuesser
{
    /// <param name="words">The sentence's tokens in order.</param>
    /// <param name="language">"en" or "de".</param>
    /// <param name="capitalsMeanNames">False for a headline in title case, where a capital letter says nothing.</param>
    /// <param name="verbStems">Words this document also uses with a verb ending ("reinforce" beside "reinforced"): verbs
    /// when the context says so, like the listed ones.</param>
    public static WordClass[] Guess(IReadOnlyList<string> words, string language, bool capitalsMeanNames = true, IReadOnlySet<string>? verbStems = null) =>
        language == "de" ? German(words) : English(words, capitalsMeanNames, verbStems ?? EmptySet);

    /// <summary>The base forms that a text's -ed and -ing words may come from ("reinforced" gives reinforc, reinforce).</summary>
    public static IReadOnlySet<string> VerbStems(IEnumerable<string> words)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var suffix = lower.EndsWith("ed", StringComparison.Ordinal) ? 2 : lower.EndsWith("ing", StringComparison.Ordinal) ? 3 : 0;
            if (suffix == 0 || lower.Length - suffix < 3 || EnglishLexicon.Nouns.Contains(lower))
            {
                continue;
            }

            var stem = lower[..^suffix];
            stems.Add(stem);
            stems.Add(stem + "e");
            if (stem.Length > 3 && stem[^1] == stem[^2])
            {
                stems.Add(stem[..^1]); // planned, stopping
            }

            if (stem.EndsWith('i'))
            {
                stems.Add(stem[..^1] + "y"); // carried
            }
        }

        return stems;
    }

    private static readonly HashSet<string> EmptySet = [];

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "won't", "wouldn't", "can't",
        "couldn't", "shouldn't", "didn't", "doesn't", "don't", "did", "does",
    };

    /// <summary>True when most longer words of a line start with a capital: a headline written in title case.</summary>
    public static bool IsTitleCase(IReadOnlyList<string> words)
    {
        // Plain loops: this runs for every sentence, and the LINQ form showed up in the profile.
        int longer = 0, capitalised = 0, shouted = 0;
        foreach (var word in words)
        {
            if (word.Length > 3 && char.IsLetter(word[0]))
            {
                longer++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
                shouted += IsShouted(word) ? 1 : 0;
            }
        }

        return (longer >= 3 && capitalised >= longer * 0.8) || (longer >= 1 && shouted >= Math.Max(1, longer * 0.5));
    }

    private static bool IsShouted(string word) => word.Length >= 6 && !word.Any(char.IsLower) && word.Any(char.IsLetter);

    private static WordClass[] English(IReadOnlyList<string> words, bool capitalsMeanNames, IReadOnlySet<string> verbStems)
    {
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var classes = new WordClass[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            classes[i] = FirstGuess(words[i], lower[i], i, capitalsMeanNames, verbStems);
        }

        // "to curb TB", "to reinforce the lines": after "to", a lower-case word with an object is a verb.
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (lower[i - 1] == "to" && classes[i] == WordClass.Noun && char.IsLower(words[i][0]) && !lower[i].EndsWith('s')
                && (EnglishLexicon.Determiners.Contains(lower[i + 1]) || EnglishLexicon.Pronouns.Contains(lower[i + 1]) || classes[i + 1] == WordClass.ProperNoun))
            {
                classes[i] = WordClass.Verb;
            }
        }

        // "will employ", "can depend": after a modal any word is a verb. "Selde bursts its banks": a word in -s
        // between a noun and a determiner is the verb of that noun.
        for (var i = 1; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? lower[i + 1] : "";
            if (classes[i] != WordClass.Noun || !char.IsLower(words[i][0]))
            {
                continue;
            }

            if (Modals.Contains(lower[i - 1])
                || (lower[i].EndsWith('s') && !lower[i].EndsWith("ss", StringComparison.Ordinal) && classes[i - 1] is WordClass.Noun or WordClass.ProperNoun
                    && (EnglishLexicon.Determiners.Contains(next) || next is "him" or "them" or "us" or "it")))
            {
                classes[i] = WordClass.Verb;
            }
        }

        // Second pass: words that are verbs or nouns ("attack", "reports") and participles ("injured", "rising") are
        // decided by their neighbours, now that the neighbours have a first guess.
        for (var i = 0; i < words.Count; i++)
        {
            if (classes[i] != WordClass.Verb || EnglishLexicon.ReportingVerbs.Contains(lower[i]))
            {
                continue;
            }

            var previous = i > 0 ? lower[i - 1] : "";
            var previousClass = i > 0 ? classes[i - 1] : WordClass.Other;
            var next = i + 1 < words.Count ? lower[i + 1] : "";
            var nextIsNoun = i + 1 < words.Count && classes[i + 1] is WordClass.Noun or WordClass.ProperNoun;
            var afterModifier = EnglishLexicon.Determiners.Contains(previous) || previousClass == WordClass.Adjective
                || (previousClass == WordClass.Number && !IsParticiple(lower[i]))
                || previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal);
            var afterVerbMarker = EnglishLexicon.VerbMarkers.Contains(previous) || EnglishLexicon.Pronouns.Contains(previous)
                || EnglishLexicon.BeForms.Contains(previous) || previousClass is WordClass.Adverb or WordClass.Verb;
            var word = lower[i];
            if (IsParticiple(word))
            {
                // "the injured man", "rising prices": a participle before a noun, not after a verb's subject, modifies it.
                var gerund = word.EndsWith("ing", StringComparison.Ordinal) && EnglishLexicon.Prepositions.Contains(previous)
                    && (nextIsNoun || EnglishLexicon.Determiners.Contains(next));
                classes[i] = afterVerbMarker || gerund || next == "by" ? WordClass.Verb
                    : afterModifier ? (nextIsNoun ? WordClass.Adjective : WordClass.Noun)
                    : nextIsNoun && previousClass is not (WordClass.Noun or WordClass.ProperNoun) ? WordClass.Adjective
                    : WordClass.Verb;
            }
            else
            {
                // A verb-or-noun word: a verb after a subject pronoun, modal or "to"; a noun after a determiner or
                // adjective; after a noun, a verb when an object follows ("police arrest the"), else a compound ("oil spill").
                classes[i] = afterVerbMarker || next == "by" ? WordClass.Verb
                    : afterModifier ? WordClass.Noun
                    : previousClass is WordClass.Noun or WordClass.ProperNoun && EnglishLexicon.SpeechVerbs.Contains(word) ? WordClass.Verb
                    : previousClass is WordClass.Noun or WordClass.ProperNoun && StartsObject(next) ? WordClass.Verb
                    : i == 0 && !nextIsNoun ? WordClass.Verb
                    : WordClass.Noun;
            }
        }

        return classes;
    }

    private static WordClass FirstGuess(string word, string lower, int index, bool capitalsMeanNames, IReadOnlySet<string> verbStems)
    {
        if (char.IsDigit(word[0]))
        {
            return WordClass.Number;
        }

        if (!char.IsLetter(word[0]) || EnglishLexicon.Function.Contains(lower) || EnglishLexicon.Boundary.Contains(lower))
        {
            return WordClass.Other;
        }

        var apostrophe = lower.IndexOfAny(['\'', '’']);
        if (apostrophe >= 0 && (apostrophe != lower.Length - 2 || lower[^1] != 's' || EnglishLexicon.Function.Contains(lower[..apostrophe]) || lower[..apostrophe] == "let"))
        {
            return WordClass.Other; // contractions: don't, it's, we'll, let's
        }

        if (EnglishLexicon.WeakModifiers.Contains(lower))
        {
            return WordClass.Other;
        }

        if (word.Length > 1 && word.All(c => !char.IsLower(c)))
        {
            // Acronyms (PLO, USDA) are names; a long word in capitals is a shouted headline word (INSURERS).
            return IsShouted(word) ? KnownClass(lower, verbStems) ?? WordClass.Noun : WordClass.ProperNoun;
        }

        var known = KnownClass(lower, verbStems);
        if (char.IsUpper(word[0]) && capitalsMeanNames && index > 0)
        {
            return WordClass.ProperNoun;
        }

        return known ?? (char.IsUpper(word[0]) && capitalsMeanNames ? WordClass.ProperNoun : WordClass.Noun);
    }

    /// <summary>The class that the word lists and endings give, or null when nothing tells (then it is a noun).</summary>
    private static WordClass? KnownClass(string lower, IReadOnlySet<string> verbStems)
    {
        if (EnglishLexicon.Nouns.Contains(lower))
        {
            return WordClass.Noun;
        }

        if (EnglishLexicon.Adverbs.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !EnglishLexicon.Adjectives.Contains(lower)))
        {
            return WordClass.Adverb;
        }

        if (EnglishLexicon.Adjectives.Contains(lower))
        {
            return WordClass.Adjective;
        }

        if (IsParticiple(lower) || IsVerbForm(lower, verbStems))
        {
            return WordClass.Verb; // settled by context in the second pass
        }

        return lower.Length > 5 && EnglishLexicon.AdjectiveSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal)) ? WordClass.Adjective : null;
    }

    private static bool IsParticiple(string lower) =>
        EnglishLexicon.IrregularPast.Contains(lower)
        || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !EnglishLexicon.Nouns.Contains(lower))
        || (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal) && !EnglishLexicon.Nouns.Contains(lower));

    private static bool IsVerbForm(string lower, IReadOnlySet<string> verbStems)
    {
        bool Known(string form) => EnglishLexicon.Verbs.Contains(form) || verbStems.Contains(form);
        return Known(lower)
            || (lower.EndsWith('s') && Known(lower[..^1]))
            || (lower.EndsWith("es", StringComparison.Ordinal) && Known(lower[..^2]))
            || (lower.EndsWith("ies", StringComparison.Ordinal) && Known(lower[..^3] + "y"));
    }

    private static bool StartsObject(string next) =>
        EnglishLexicon.Determiners.Contains(next) || next is "that" or "to" or "him" or "her" or "them" or "it" or "us" or "up" or "out" or "down"
        || (next.Length > 0 && char.IsDigit(next[0]));

    private static WordClass[] German(IReadOnlyList<string> words)
    {
        var classes = new WordClass[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            classes[i] = char.IsDigit(word[0]) ? WordClass.Number
                : StopWords.German.Contains(lower) || GermanBoundary.Contains(lower) ? WordClass.Other
                : i == 0 && GermanAdverbEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) ? WordClass.Other
                : char.IsUpper(word[0]) ? (word.All(c => !char.IsLower(c)) && word.Length > 1 ? WordClass.ProperNoun : WordClass.Noun)
                : WordClass.Other;
        }

        // Lower-case words with an adjective ending in front of a noun modify it: "künstliche Intelligenz".
        for (var i = words.Count - 2; i >= 0; i--)
        {
            var lower = words[i].ToLowerInvariant();
            if (classes[i] == WordClass.Other && char.IsLower(words[i][0]) && classes[i + 1] is WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective
                && lower.Length > 3 && !StopWords.German.Contains(lower) && GermanAdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            {
                classes[i] = WordClass.Adjective;
            }
        }

        return classes;
    }

    private static readonly string[] GermanAdjectiveEndings = ["e", "en", "er", "es", "em"];

    /// <summary>Endings of adverbs and adjectives that open a German sentence with a capital ("Ursprünglich", "Wichtig").</summary>
    private static readonly string[] GermanAdverbEndings = ["lich", "ig", "weise", "mals", "falls", "wärts", "isch"];

    private static readonly HashSet<string> GermanBoundary = new(StringComparer.Ordinal)
    {
        "eins", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "hundert", "tausend", "million", "millionen",
        "milliarde", "milliarden", "prozent", "euro", "dollar", "cent", "franken", "pfund", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "uhr", "tag", "tage", "tagen", "monat", "monaten", "jahre", "jahres", "stunden",
        "herr", "frau", "dr", "prof", "dpa", "afp", "reuters", "ende", "anfang", "mitte", "menschen", "leute", "teil", "zeit",
        "unser", "unsere", "unseren", "unserem", "unserer", "mein", "meine", "meinen", "dein", "deine", "euer", "eure",
        "jeder", "jede", "jedes", "jeden", "jedem", "keinen", "keinem", "keiner", "welche", "welcher", "welches", "solche",
        "manche", "viele", "vielen", "wenige", "wenigen", "einige", "einigen", "beide", "beiden", "andere", "anderen",
        "weitere", "weiteren", "mehrere", "mehreren", "sämtliche", "etliche", "rund", "besonders", "links", "rechts",
        "zudem", "außerdem", "trotzdem", "deshalb", "dennoch", "allerdings", "zunächst", "inzwischen", "schon", "sogar",
        "immer", "bislang", "künftig", "erst", "fast", "knapp", "mehr", "weniger", "gut", "sehr", "ganz", "eher", "wohl",
    };
}
