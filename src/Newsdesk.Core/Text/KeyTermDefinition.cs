using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>
/// Finds the words of a source sentence that say what a key term is, the way news writing introduces things: a role
/// or kind in front ("turbine maker Norrvik Turbines", "Bürgermeisterin Ruth Calloway", "die Gewerkschaft TransVer"),
/// an apposition ("Marta Kowalczyk, a resident of the Old Quay district,", "The museum's director, Fiona Hale,"), a
/// definition ("Lumen Bank is a regional lender"), a bracket ("Neustedter Verkehrsbetriebe (NVB)"), or a person's
/// affiliation ("Maureen Doyle of the North Coast Fishers"). A sentence that merely mentions the term defines
/// nothing: no match, no explanation.
/// </summary>
public static class KeyTermDefinition
{
    private const int MaxWords = 15;

    private static readonly HashSet<string> EnglishOpeners = new(StringComparer.Ordinal) { "the", "a", "an", "who", "whose", "one" };

    /// <summary>Words before a role noun that make it a verb instead ("to slaughter ISIS", "will implement").</summary>
    private static readonly HashSet<string> VerbMarkers = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "not", "never",
    };
    private static readonly HashSet<string> GermanOpeners = new(StringComparer.Ordinal) { "der", "die", "das", "ein", "eine", "einer", "eines", "einem", "einen", "dem", "den", "des" };
    private static readonly HashSet<string> EnglishFrontOpeners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "his", "her", "their" };
    private static readonly HashSet<string> GermanArticles = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "beim", "vom", "zum", "zur",
    };

    private static readonly string[] EnglishCopulas = [" is ", " was ", " are "];
    private static readonly string[] GermanCopulas = [" ist ", " war ", " sind "];

    /// <summary>Agent-noun endings that make a word before a name a role ("maker", "operator", "economist").</summary>
    private static readonly string[] RoleEndings = ["er", "or", "ist", "ian"];

    /// <summary>Words ending like agent nouns that are not roles ("Former Penn State coach", "older daughter").</summary>
    private static readonly HashSet<string> NotRoles = new(StringComparer.Ordinal)
    {
        "former", "latter", "other", "longer", "older", "younger", "bigger", "larger", "smaller", "higher", "lower", "earlier",
        "later", "newer", "elder", "further", "fewer", "greater", "better", "lesser", "upper", "inner", "outer", "over", "under",
        "after", "ever", "never", "however", "together", "whether", "rather", "shower", "power", "water", "tower", "paper",
        "letter", "number", "border", "order", "matter", "center", "corner", "summer", "winter", "weather", "river", "interior",
        "exterior", "senior", "junior", "major", "minor", "error", "factor", "sector", "floor", "door", "horror", "terror",
    };

    /// <summary>What may stand before a title: "former President", "vice President", "first lady".</summary>
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.Ordinal)
    {
        "former", "vice", "deputy", "acting", "late", "then", "prime", "first", "interim", "incoming", "outgoing",
    };

    /// <summary>A bracket after a name with one of these words places a picture ("(left)", "(file photo)"), it defines nothing.</summary>
    private static readonly HashSet<string> PictureWords = new(StringComparer.Ordinal)
    {
        "photo", "photos", "picture", "pictures", "pictured", "file", "left", "right", "above", "below", "centre", "center",
        "rendering", "inset", "top", "bottom", "foto", "bild", "links", "rechts", "mitte", "oben", "unten",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "first", "second", "third" };

    /// <summary>The words that define <paramref name="term"/> in <paramref name="sentence"/>, or null when none do.</summary>
    /// <param name="term">The term as the sentence writes it (a name without its role).</param>
    /// <param name="sentence">A source sentence.</param>
    /// <param name="language">"en" or "de".</param>
    /// <param name="kind">What the term names: a role in front describes a name; a relative clause ("X, who …",
    /// "X, die …") and an affiliation ("X of the Y") describe a person; a phrase is defined only by an apposition,
    /// "is" or a bracket.</param>
    public static string? Find(string term, string sentence, string language, KeyTermKind kind)
    {
        var caption = (bool?)null;
        for (var at = sentence.IndexOf(term, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if ((at > 0 && char.IsLetterOrDigit(sentence[at - 1])) || (end < sentence.Length && char.IsLetterOrDigit(sentence[end])))
            {
                continue; // part of a longer word
            }

            // A caption ("… (file photo), a doctor examines …") describes a picture; tested once the term is found, as
            // the test is a regular expression and most sentences do not name the term at all.
            if (caption ??= PhotoCaption.Is(sentence))
            {
                return null;
            }

            var before = sentence[..at];
            var after = sentence[end..];
            var name = kind is not KeyTermKind.Phrase;
            var found = Bracketed(term, before, after) ?? Apposition(before, after, language, kind) ?? Copula(before, after, language)
                ?? ApposedBefore(before, after, language) ?? (name ? RoleInFront(before, language, kind) : null)
                ?? (kind is KeyTermKind.Person && language == "en" ? Affiliation(after) : null);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"X (a regional lender)" defines X; "Neustedter Verkehrsbetriebe (NVB)" defines the acronym NVB by its
    /// full name (a dateline's "PORT AVALEN (Civic Wire)" defines nothing).</summary>
    private static string? Bracketed(string term, string before, string after)
    {
        if (after.StartsWith(" (", StringComparison.Ordinal) && after.IndexOf(')', StringComparison.Ordinal) is var close and > 2)
        {
            var inside = after[2..close].Trim();
            var words = Tokenizer.Words(inside).ToList();
            var opener = words.Count > 0 ? words[0].ToLowerInvariant() : "";
            if (words.Count >= 2 && char.IsLower(inside[0]) && words.Count <= MaxWords && !words.Any(w => PictureWords.Contains(w.ToLowerInvariant()))
                && (opener is "a" or "an" or "the" || !(EnglishLexicon.Function.Contains(opener) || EnglishLexicon.Boundary.Contains(opener))))
            {
                return inside;
            }
        }

        if (before.EndsWith('(') && after.StartsWith(')') && term.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            var name = new List<string>();
            foreach (var word in before[..^1].TrimEnd().Split(' ').Reverse())
            {
                if (word.Length == 0 || !char.IsUpper(word[0]) || name.Count == 6)
                {
                    break;
                }

                name.Insert(0, word);
            }

            return name.Count >= 2 && name.Any(w => w.Skip(1).Any(char.IsLower)) ? string.Join(' ', name) : null;
        }

        return null;
    }

    /// <summary>"X, the mayor of Y," / "X, who …" / "X, die ihn entdeckte," — up to the next comma; a relative clause
    /// only after a person ("payment processor, which it did not name" says nothing of what a payment processor is).
    /// After a preposition the comma usually opens the next clause ("in the UK, the judges said"), and a clause that
    /// reports speech is no apposition.</summary>
    private static string? Apposition(string before, string after, string language, KeyTermKind kind)
    {
        var person = kind is KeyTermKind.Person;
        var previous = before.TrimEnd().Split(' ')[^1].ToLowerInvariant();
        if (!after.StartsWith(", ", StringComparison.Ordinal) || EnglishLexicon.Prepositions.Contains(previous) || previous is "to" or "into" or "across" or "near" or "in" or "im" or "nach" or "aus")
        {
            return null;
        }

        // The word after the opener is not a name: "Germany, the Netherlands and Belgium" is a list, not an apposition.
        var clause = Clause(after[2..]);
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var openers = language == "de" ? GermanOpeners : EnglishOpeners;
        // German capitalises every noun, so only a place or an "und" there makes a list.
        var listed = words.Length > 1 && char.IsUpper(words[1][0])
            && (language == "en" || Gazetteer.Default.IsPlace(words[1]) || clause.Contains(" und ", StringComparison.Ordinal) || clause.Contains(" oder ", StringComparison.Ordinal));
        var relative = words.Length > 1 && (language == "de" ? words[0] is "der" or "die" or "das" && char.IsLower(words[1][0]) : words[0] is "who" or "whose");
        var reports = words.Any(w => EnglishLexicon.ReportingVerbs.Contains(w.ToLowerInvariant()) || w is "sagte" or "sagt" or "erklärte" or "teilte");
        // After a concept or a place, a comma more often ends a clause or a list item than opens an apposition ("the public
        // sector, a cap on pensions", "the United States, the former Soviet Union"): a concept takes none, a place only "a …".
        var opener = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        var fits = kind is not KeyTermKind.Phrase && (kind is not KeyTermKind.Place || opener is "a" or "an" or "ein" or "eine");
        return openers.Contains(opener) && fits && !listed && !reports && (person || !relative) ? Bounded(clause, 2) : null;
    }

    /// <summary>"X is a regional lender" / "X ist ein Energiekonzern", with X as the sentence's subject.</summary>
    private static string? Copula(string before, string after, string language)
    {
        var opening = before.Trim();
        if (opening.Length > 0 && opening is not ("The" or "the" or "Der" or "Die" or "Das"))
        {
            return null;
        }

        foreach (var copula in language == "de" ? GermanCopulas : EnglishCopulas)
        {
            if (after.StartsWith(copula, StringComparison.Ordinal))
            {
                var clause = Clause(after[copula.Length..]);
                var first = FirstWord(clause);
                var openers = language == "de" ? GermanOpeners : EnglishOpeners;
                return first is not null && openers.Contains(first) && first is not ("who" or "which" or "whose") ? Bounded(clause, 2) : null;
            }
        }

        return null;
    }

    /// <summary>"The museum's director, Fiona Hale, said" — an apposition in front, enclosed in commas.</summary>
    private static string? ApposedBefore(string before, string after, string language)
    {
        if (!before.EndsWith(", ", StringComparison.Ordinal) || !after.StartsWith(','))
        {
            return null;
        }

        var head = before[..^2];
        var start = head.LastIndexOfAny([',', ';', ':', '"', '“', '„']) + 1;
        var phrase = head[start..].Trim();
        var first = FirstWord(phrase);
        var openers = language == "de" ? GermanOpeners : EnglishFrontOpeners;
        // A clause with a verb in it is a sentence of its own ("The study is a collaboration between …, X, Y"), not a name's apposition.
        var clausal = phrase.Split(' ').Any(w => w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "between" or "and" or "ist" or "sind" or "war" or "und");
        return first is not null && openers.Contains(first) && !clausal ? Bounded(phrase, 2, 10) : null;
    }

    /// <summary>A role or kind right in front: "turbine maker Norrvik Turbines", "Chief executive Mira Solberg",
    /// "Mayor Ruth Calloway"; in German a noun after an article or a job title ("der Roboterhersteller Korvan Robotics",
    /// "Bürgermeisterin Ruth Calloway").</summary>
    private static string? RoleInFront(string before, string language, KeyTermKind kind)
    {
        if (!before.EndsWith(' ') || before.Length < 2 || !char.IsLetter(before[^2]))
        {
            return null;
        }

        var words = before.TrimEnd().Split(' ');
        // A title stands before a person ("Princess Alexandra Hospital" is the hospital's own name).
        var person = kind is KeyTermKind.Person or KeyTermKind.Name;
        return language == "de" ? GermanRole(words, person) : EnglishRole(words, person);
    }

    private static string? EnglishRole(string[] words, bool person)
    {
        var head = words[^1];
        var lower = head.ToLowerInvariant();
        var startsSentence = words.Length == 1;
        // Opening the sentence, a capitalised word may be a first name ("Florian Muijres"): only listed roles count there.
        var listed = NameWords.Titles.Contains(lower) || NameWords.Roles.Contains(lower) || NameWords.OrganisationLeads.Contains(lower);
        if (!IsWord(head) || (char.IsUpper(head[0]) && !startsSentence && !NameWords.Titles.Contains(lower)) || !IsRoleNoun(lower)
            || (char.IsUpper(head[0]) && !listed)
            || (words.Length >= 2 && VerbMarkers.Contains(words[^2].ToLowerInvariant())))
        {
            return null;
        }

        // Up to two modifiers in front of the head ("chief executive", "robot maker", "first lady"), lower case or opening
        // the sentence. A title takes only words that say which ("former President", "French President"): before it,
        // anything else is usually the clause the name sits in ("some attribute President Trump").
        var title = NameWords.Titles.Contains(lower);
        if (title && !person)
        {
            return null;
        }

        var span = new List<string> { head };
        for (var i = words.Length - 2; i >= 0 && span.Count < 3; i--)
        {
            var word = words[i];
            var wordLower = word.ToLowerInvariant();
            var opens = i == 0;
            var which = TitleModifiers.Contains(wordLower) || Gazetteer.Default.IsDemonym(word);
            if (!IsWord(word) || (title && !which) || (char.IsUpper(word[0]) && !opens && !which) || EnglishLexicon.Function.Contains(wordLower)
                || (EnglishLexicon.Boundary.Contains(wordLower) && !Ordinals.Contains(wordLower))
                || EnglishLexicon.ReportingVerbs.Contains(wordLower) || EnglishLexicon.Verbs.Contains(wordLower) || wordLower.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            span.Insert(0, word);
        }

        return string.Join(' ', span);
    }

    private static string? GermanRole(string[] words, bool person)
    {
        var head = words[^1];
        if (!IsWord(head) || !char.IsUpper(head[0]))
        {
            return null;
        }

        var lower = head.ToLowerInvariant();
        var previous = words.Length >= 2 ? words[^2] : "";
        if (GermanArticles.Contains(previous.ToLowerInvariant()))
        {
            return head;
        }

        // An adjective between the article and the noun ("der britische Konzern").
        if (words.Length >= 3 && IsWord(previous) && char.IsLower(previous[0]) && GermanArticles.Contains(words[^3].ToLowerInvariant()))
        {
            return previous + " " + head;
        }

        return person && (NameWords.IsTitle(lower, "de") || NameWords.IsGermanRole(lower)) ? head : null;
    }

    /// <summary>"Maureen Doyle of the North Coast Fishers": the organisation a person speaks for.</summary>
    private static string? Affiliation(string after)
    {
        if (!after.StartsWith(" of ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = after[4..].Split(' ');
        var taken = new List<string> { "of" };
        var index = 0;
        if (rest.Length > 0 && rest[0] == "the")
        {
            taken.Add("the");
            index = 1;
        }

        var names = 0;
        for (; index < rest.Length && names < 6; index++)
        {
            var word = rest[index].TrimEnd(',', '.', ';', ':');
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                break;
            }

            taken.Add(word);
            names++;
            if (word.Length != rest[index].Length)
            {
                break;
            }
        }

        // "of the Trump Administration", "of the Scripps Research Institute"; a bare place ("of Sacramento") says where, not who.
        return names > 1 || (names == 1 && taken.Count > 2) ? string.Join(' ', taken) : null;
    }

    private static bool IsRoleNoun(string lower) =>
        NameWords.Titles.Contains(lower) || NameWords.Roles.Contains(lower) || NameWords.OrganisationLeads.Contains(lower)
        || (lower.Length > 4 && RoleEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && !NotRoles.Contains(lower)
            && !EnglishLexicon.Function.Contains(lower) && !EnglishLexicon.Boundary.Contains(lower) && !EnglishLexicon.Verbs.Contains(lower));

    private static bool IsWord(string word) => word.Length > 0 && char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');

    /// <summary>The clause up to the next comma, semicolon, dash or the sentence's end, without its closing mark.</summary>
    private static string Clause(string text)
    {
        var stop = text.IndexOfAny([',', ';', '–', '—', '"', '“', '”', '(']);
        var clause = stop >= 0 ? text[..stop] : text;
        return clause.Trim().TrimEnd('.', '!', '?', ':').Trim();
    }

    private static string? FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return text.Length == 0 ? null : (space < 0 ? text : text[..space]).ToLowerInvariant();
    }

    private static string? Bounded(string clause, int minWords, int maxWords = MaxWords)
    {
        var count = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return count >= minWords && count <= maxWords ? clause : null;
    }
}
