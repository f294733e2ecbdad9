using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>
/// Tells whether a name is a person, an organisation or a place from the words it is made of and the words around it
/// in the text — no trained model. An organisation ends in a word like "Bank", "Council" or "GmbH" or is
/// an acronym; a place starts or ends with "River", "Port", "Street" or is mostly used after "in", "near", "nach"; a
/// person is introduced by a title or role ("Mayor", "researcher", "Sprecherin") or later called by the surname
/// alone. Countries, states and large cities, and the words for their people, are looked up (<see cref="Gazetteer"/>).
/// Anything else stays a plain name.
/// </summary>
public static class NameTyper
{
    public static KeyTermKind Type(string name, IReadOnlyList<string> texts, string language)
    {
        var words = Tokenizer.Words(name).ToList();
        if (words.Count == 0)
        {
            return KeyTermKind.Name;
        }

        // A country, state or city says nothing about itself in its words; a demonym ("South Korean") is no name.
        if (Gazetteer.Default.IsPlace(name))
        {
            return KeyTermKind.Place;
        }

        if (Gazetteer.Default.IsDemonym(name))
        {
            return KeyTermKind.Name;
        }

        var last = words[^1].ToLowerInvariant();
        var first = words[0].ToLowerInvariant();
        // The kind word alone ("Gewerkschaft", "Council", "Hafen") is a common noun, not a name.
        if ((NameWords.OrganisationEnds.Contains(last) || NameWords.OrganisationEnds.Contains(first)) && words.Count > 1
            || (words.Count == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(c => char.IsUpper(c) || char.IsDigit(c))))
        {
            return KeyTermKind.Organisation;
        }

        if ((NameWords.PlaceEnds.Contains(last) || NameWords.PlaceStarts.Contains(first)) && words.Count > 1)
        {
            return KeyTermKind.Place;
        }

        // Being quoted is no evidence: organisations "say" things too. A German noun is capitalised, so a surname alone
        // only tells in English.
        var (introduced, afterPlacePreposition, occurrences, organisationLed) = Context(name, texts, language);
        if (organisationLed)
        {
            return KeyTermKind.Organisation;
        }

        // A surname is not a common word the text also writes in lower case ("Comet Halvard", "Catholic Diocese").
        var surnameAlone = language != "de" && words.Count is 2 or 3 && texts.Any(t => MentionsAlone(t, words[^1], name))
            && !Gazetteer.Default.IsPlace(words[^1]) && !Gazetteer.Default.IsDemonym(words[^1])
            && !texts.Any(t => WordSearch.HasWord(t, first) || WordSearch.HasWord(t, last));
        if (words.Count >= 2 && (introduced || surnameAlone))
        {
            return KeyTermKind.Person;
        }

        return occurrences > 0 && afterPlacePreposition * 2 > occurrences ? KeyTermKind.Place : KeyTermKind.Name;
    }

    /// <summary>Whether a sentence names at least <paramref name="count"/> people or organisations, told from the
    /// sentence alone (a role, an organisation word): what an FAQ "Who" answer must do.</summary>
    public static bool NamesActors(string sentence, string language, int count)
    {
        var names = NameFinder.Find(sentence, language).Distinct(StringComparer.Ordinal).ToList();
        // Fewer names than actors asked for: no typing needed.
        return names.Count >= count && names.Count(name => Type(name, [sentence], language) is KeyTermKind.Person or KeyTermKind.Organisation) >= count;
    }

    /// <summary>A title or role in front of a name ("Mayor Ruth Calloway", "director Fiona Hale", "Sprecherin Maureen Doyle"),
    /// or null: the role is not part of the name.</summary>
    public static string? LeadingRole(IReadOnlyList<string> words, string language) =>
        LeadWord(words, 3, role => NameWords.IsTitle(role, language) || NameWords.Roles.Contains(role));

    /// <summary>A common noun in front of an organisation's name ("union TransVer", "Gewerkschaft Verdi"), or null.</summary>
    public static string? LeadingOrganisationNoun(IReadOnlyList<string> words) =>
        LeadWord(words, 2, NameWords.OrganisationLeads.Contains);

    /// <summary>The first word when the words number at least <paramref name="minWords"/>, all after it are capitalised,
    /// and its lower-case form passes <paramref name="isLead"/>; else null.</summary>
    private static string? LeadWord(IReadOnlyList<string> words, int minWords, Func<string, bool> isLead) =>
        words.Count >= minWords && words.Skip(1).All(w => char.IsUpper(w[0])) && isLead(words[0].ToLowerInvariant()) ? words[0] : null;

    private static (bool Introduced, int AfterPlacePreposition, int Occurrences, bool OrganisationLed) Context(string name, IReadOnlyList<string> texts, string language)
    {
        var introduced = false;
        var organisationLed = false;
        var withArticle = false;
        var afterPlace = 0;
        var occurrences = 0;
        foreach (var text in texts)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (at + name.Length < text.Length && char.IsLetter(text[at + name.Length]))
                {
                    continue; // "Neustedter" is not "Neustedt"
                }

                occurrences++;
                var before = Tokenizer.Words(text[..at]).TakeLast(1).Select(w => w.ToLowerInvariant()).FirstOrDefault() ?? "";
                var after = Tokenizer.Words(text[(at + name.Length)..]).Take(3).Select(w => w.ToLowerInvariant()).Where(w => w is not ("a" or "an" or "the")).Take(2);
                // A title or role right before the name, or a role in an apposition after it ("Marta Kowalczyk, a resident").
                introduced |= NameWords.IsTitle(before, language) || NameWords.Roles.Contains(before)
                    || (after.Any(NameWords.Roles.Contains) && text.AsSpan(at + name.Length).TrimStart().StartsWith(","));
                organisationLed |= NameWords.OrganisationLeads.Contains(before);
                withArticle |= before is "the" or "der" or "die" or "das" or "dem" or "den" or "des";
                afterPlace += NameWords.PlacePrepositions.Contains(before) ? 1 : 0;
            }
        }

        // Towns and countries go without an article ("in Neustedt", not "im Hafen" or "in the harbour").
        return (introduced, withArticle ? 0 : afterPlace, occurrences, organisationLed);
    }

    /// <summary>True when the text uses the surname without the rest of the name (a later reference to a person).</summary>
    private static bool MentionsAlone(string text, string surname, string fullName)
    {
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var start = at + surname.Length - fullName.Length;
            var inFull = start >= 0 && string.CompareOrdinal(text, start, fullName, 0, fullName.Length) == 0;
            var wordEnd = at + surname.Length >= text.Length || !char.IsLetter(text[at + surname.Length]);
            var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
            if (!inFull && wordEnd && wordStart)
            {
                return true;
            }
        }

        return false;
    }
}
