using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Tests.Llm;

/// <summary>Two English reports and one German report of one invented flood, for the model engine's tests.</summary>
internal static class FloodStory
{
    public static Article English1 { get; } = Article("https://civic.example/flood", "Selde floods Port Avalen as 1,200 residents leave their homes", "en", "Civic Wire",
        "The river Selde burst its banks in Port Avalen on Tuesday, and 1,200 residents were evacuated from the old town.",
        "Mayor Lena Brandt said the water rose faster than any forecast had predicted.",
        "Firefighters used 14 boats to reach houses in the harbour district before nightfall.",
        "The water level at the Avalen bridge peaked at 7.4 metres, the highest since records began in 1921.",
        "Schools in the district will stay closed until Friday, the council announced.",
        "\"We will rebuild every street that the river has taken from us,\" Brandt told reporters at the town hall.",
        "Hydrologist Ines Halvard warned that more rain is expected in the hills north of the city.",
        "The regional government has promised 48 million euros in emergency aid for the district.");

    public static Article English2 { get; } = Article("https://harbour.example/selde", "Emergency aid of 48 million euros after the Selde flood", "en", "Harbour Ledger",
        "The regional government approved 48 million euros in emergency aid after the Selde flooded Port Avalen.",
        "Around 1,200 people spent the night in shelters set up in two school gyms.",
        "Insurers estimate the damage to homes and shops at more than 90 million euros.",
        "Critics said the flood wall promised after the 2019 flood was never built.",
        "Councillor Tomas Weir said the city had ignored warnings about the wall for years.",
        "The Selde is expected to fall below the warning level by Thursday evening.");

    public static Article German { get; } = Article("https://kurier.example/hochwasser", "Selde-Hochwasser: 1.200 Menschen in Port Avalen evakuiert", "de", "Avalener Kurier",
        "Die Selde ist in Port Avalen über die Ufer getreten, 1.200 Menschen mussten ihre Wohnungen verlassen.",
        "Bürgermeisterin Lena Brandt sagte, das Wasser sei schneller gestiegen als vorhergesagt.",
        "Die Feuerwehr war mit 14 Booten im Hafenviertel im Einsatz.",
        "Am Pegel an der Avalener Brücke wurden 7,4 Meter gemessen, so viel wie nie seit 1921.",
        "Die Landesregierung sagte 48 Millionen Euro Soforthilfe für die Betroffenen zu.",
        "Die Schulen im Viertel bleiben bis Freitag geschlossen.");

    public static Article Article(string url, string title, string language, string site, params string[] paragraphs) => new()
    {
        Url = url,
        Title = title,
        Language = language,
        SiteName = site,
        Paragraphs = paragraphs,
        Published = new DateTimeOffset(2026, 6, 23, 8, 0, 0, TimeSpan.Zero),
        ContentHash = ContentHash.Of(title, paragraphs),
    };
}
