namespace Newsdesk.Core.Text;

/// <summary>
/// Well-known places (countries, states, regions, large cities) and the words for their people, in English and
/// German (Text/Assets/places.txt). The name typer's rules read a name's own words and its neighbours; a country's
/// name carries neither ("North Korea" has no "River" or "Street"), and a demonym looks like a surname used alone
/// ("South Korean … the Korean"), so these are looked up instead.
/// </summary>
public sealed class Gazetteer
{
    private readonly HashSet<string> _places;
    private readonly HashSet<string> _demonyms;

    private Gazetteer(HashSet<string> places, HashSet<string> demonyms) => (_places, _demonyms) = (places, demonyms);

    public static Gazetteer Default { get; } = Parse(ReadDefault());

    /// <summary>Whether the name is a listed place ("North Korea", "Nordkorea", "U.S.", "the Netherlands").</summary>
    public bool IsPlace(string name) => _places.Contains(Bare(name));

    /// <summary>Whether the name is a word for a people and not a listed place ("South Korean", "Germans", "Briten").</summary>
    public bool IsDemonym(string name) => !IsPlace(name) && _demonyms.Contains(Bare(name));

    /// <summary>Reads "[places]" and "[demonyms]" sections of comma-separated names; '#' starts a comment line.</summary>
    public static Gazetteer Parse(string text)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? section = null;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))
        {
            if (line[0] == '[')
            {
                section = line switch
                {
                    "[places]" => places,
                    "[demonyms]" => demonyms,
                    _ => throw new FormatException($"gazetteer: unknown section {line}"),
                };
                continue;
            }

            if (section is null)
            {
                throw new FormatException($"gazetteer: a name before any section: \"{line}\"");
            }

            section.UnionWith(line.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0));
        }

        return new Gazetteer(places, demonyms);
    }

    /// <summary>The name without a leading English article ("the Netherlands").</summary>
    private static string Bare(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    private static string ReadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Newsdesk.Core.Text.Assets.places.txt")
            ?? throw new InvalidOperationException("the gazetteer is missing from the Newsdesk.Core assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
