using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// Which of a story's ranked key terms a reader is shown (the Key terms section, the tags, the Related-topic links):
/// named people, organisations and places, and concepts of more than one word that the sources use more than once
/// ("flood relief fund", "e-waste", a German compound such as "Hochwasserwarnung"). Left out: figures, single
/// common words ("residents", "Wasser"), words for a people ("South Korean"), the reporting outlets' own names,
/// headline fragments the body never
/// repeats ("bank advises customers"), and a term whose words another shown term already holds ("Orofino Police"
/// beside "Orofino Police Department", "Lawford" beside "Christopher Kennedy Lawford").
/// </summary>
public static class KeyTermGlossary
{
    /// <summary>A German noun this long is a compound: several words in one ("Hochwasserwarnung", "Kontonummern").</summary>
    private const int GermanCompoundLength = 12;

    public static IReadOnlyList<KeyTerm> Select(IReadOnlyList<KeyTerm> ranked, IReadOnlyList<ArticleAnalysis> quoted, string language)
    {
        // The story's sentences as one text, and lower-cased once: every test below searches it for each of up to 24
        // terms, in every brief and every plan (a search per sentence cost a tenth of a brief).
        var original = string.Join('\n', quoted.SelectMany(a => a.Sentences).Select(s => s.Text));
        var sentences = new StoryText(original, original.ToLowerInvariant());
        // An outlet's own name ("Civic Wire" in its datelines) is who reports the story, not what it is about.
        var outlets = quoted.Select(a => a.Article.SiteName).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        ranked = ranked.Where(t => !outlets.Contains(t.Term)).ToList();
        var glossary = Select(ranked, sentences, language, 2);
        // A short story may name everything once: its names are still what it is about (and its tags are never empty).
        return glossary.Count > 0 ? glossary : Select(ranked, sentences, language, 1);
    }

    private static List<KeyTerm> Select(IReadOnlyList<KeyTerm> ranked, StoryText sentences, string language, int nameUses)
    {
        var shown = new List<(KeyTerm Term, HashSet<string> Words)>();
        foreach (var candidate in ranked)
        {
            // A name the sources use once, untyped, is as likely a capitalised phrase ("Kriminelle Namen") as a name.
            var term = WithoutLeadingNoun(candidate, sentences, language);
            if (term.IsFigure || Gazetteer.Default.IsDemonym(term.Term)
                || (term.Kind is KeyTermKind.Phrase && !IsConcept(term.Term, sentences, language))
                || (term.Kind is KeyTermKind.Name && (Uses(term.Term, sentences, nameUses) < nameUses || CommonWord(term.Term, sentences))))
            {
                continue;
            }

            // Shown by name: "Bürgermeisterin Ruth Calloway" is Ruth Calloway, her role the explanation a source gives.
            term = term with { Term = KeyTermExtractor.BareName(term.Term, language) };
            var words = Words(term.Term);
            if (words.Count > 0 && !shown.Exists(s => s.Words.IsSubsetOf(words) || words.IsSubsetOf(s.Words) || SamePerson(s.Term, term)))
            {
                shown.Add((term, words));
            }
        }

        return shown.Select(s => s.Term).ToList();
    }

    /// <summary>A phrase of two or more words (or a German compound) that the story's sentences use at least twice.</summary>
    private static bool IsConcept(string phrase, StoryText sentences, string language)
    {
        var parts = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length;
        return (parts >= 2 || (language == "de" && phrase.Length >= GermanCompoundLength && char.IsUpper(phrase[0]))) && Uses(phrase, sentences, 2) >= 2;
    }

    /// <summary>
    /// A name without the common noun in front of it: "host Jay Leno" is Jay Leno, and "Reederei Bluewave Lines" is
    /// Bluewave Lines. In German every noun is capitalised, so the noun must name a kind of thing ("…hersteller",
    /// "Reederei") or the sources must also write the name alone and the noun without it ("Windpark Gull Bank"), which
    /// tells it from the first word of a name like "Port Avalen". The noun is then the explanation in front of the name.
    /// </summary>
    private static KeyTerm WithoutLeadingNoun(KeyTerm term, StoryText sentences, string language)
    {
        var space = term.Term.IndexOf(' ', StringComparison.Ordinal);
        if (term.Kind is KeyTermKind.Phrase || term.IsFigure || space < 0 || !char.IsUpper(term.Term[space + 1]))
        {
            return term;
        }

        var (lead, rest) = (term.Term[..space], term.Term[(space + 1)..]);
        if (char.IsLower(lead[0]))
        {
            return language == "de" ? term : term with { Term = rest };
        }

        if (language != "de")
        {
            return term;
        }

        var leadLower = lead.ToLowerInvariant();
        var role = NameWords.IsGermanRole(leadLower);
        if (role || NameWords.IsGermanKindNoun(leadLower))
        {
            // What the noun names is the name's kind ("Reederei" is a company), which the name alone did not tell.
            return term with { Term = rest, Kind = term.Kind is KeyTermKind.Name && !role ? KeyTermKind.Organisation : term.Kind };
        }

        var together = Uses(term.Term, sentences, int.MaxValue);
        return Uses(rest, sentences, int.MaxValue) > together && Uses(lead, sentences, int.MaxValue) > together ? term with { Term = rest } : term;
    }

    /// <summary>"Doug Owsley" beside "Douglas Owsley": two names of one person, same surname and one first name the
    /// start of the other.</summary>
    private static bool SamePerson(KeyTerm shown, KeyTerm term)
    {
        var (a, b) = (shown.Term.Split(' '), term.Term.Split(' '));
        return a.Length == 2 && b.Length == 2 && a[1] == b[1] && a[0].Length >= 2 && b[0].Length >= 2
            && (a[0].StartsWith(b[0], StringComparison.Ordinal) || b[0].StartsWith(a[0], StringComparison.Ordinal));
    }

    /// <summary>A single capitalised word the sources also write in lower case ("Website", "Project"): a word, not a name.</summary>
    private static bool CommonWord(string term, StoryText sentences)
    {
        if (term.Contains(' ', StringComparison.Ordinal) || term.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        return WordSearch.HasWord(sentences.Original, term.ToLowerInvariant());
    }

    /// <summary>How often the sentences use the phrase (any case), counted up to <paramref name="enough"/>.</summary>
    private static int Uses(string phrase, StoryText sentences, int enough)
    {
        var lower = phrase.ToLowerInvariant();
        var uses = 0;
        for (var at = sentences.Lower.IndexOf(lower, StringComparison.Ordinal); at >= 0 && uses < enough; at = sentences.Lower.IndexOf(lower, at + lower.Length, StringComparison.Ordinal))
        {
            uses++;
        }

        return uses;
    }

    private static HashSet<string> Words(string term) =>
        new(Tokenizer.Words(term.Replace('-', ' ')).Select(Tokenizer.Fold), StringComparer.Ordinal);

    /// <summary>The story's sentences joined, as written and lower-cased.</summary>
    private sealed record StoryText(string Original, string Lower);
}
