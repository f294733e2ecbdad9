using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests;

/// <summary>Small hand-written articles for the Cluster and Brief tests.</summary>
internal static class Fixtures
{
    public static ArticleAnalysis Analyze(long id, string site, string language, string published, string title, params string[] paragraphs) =>
        TextAnalyzer.Analyze(new Article
        {
            Id = id,
            Url = $"https://{site}.example/{id}",
            SiteName = site,
            Title = title,
            Language = language,
            Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Paragraphs = paragraphs,
        });

    public static IReadOnlyList<ArticleAnalysis> FerryStory() =>
    [
        Analyze(1, "coastal", "en", "2026-06-22T08:00:00Z", "Ferry Aurora runs aground near Kestrel Island",
            "The ferry Aurora ran aground near Kestrel Island on Monday morning with 212 passengers on board, the coast guard said.",
            "All passengers were taken ashore by lifeboats within three hours, and nobody was seriously hurt.",
            "\"The crew did everything right,\" said harbour master Ines Moreau, who led the rescue.",
            "The operator Bluewave Lines said the ferry would be towed to Port Selby for inspection because the hull could be damaged."),
        Analyze(2, "tribune", "en", "2026-06-22T10:00:00Z", "212 passengers rescued after Aurora grounding at Kestrel Island",
            "Lifeboats brought 212 passengers of the ferry Aurora ashore after it ran aground off Kestrel Island on Monday.",
            "Bluewave Lines said an investigation into the cause would start on Tuesday.",
            "Passenger groups criticised the operator, saying the ferry's route had been changed last month without explanation."),
        Analyze(3, "kurier", "de", "2026-06-22T11:00:00Z", "Fähre Aurora vor Kestrel Island auf Grund gelaufen",
            "Die Fähre Aurora ist am Montag vor Kestrel Island mit 212 Passagieren auf Grund gelaufen.",
            "Alle Passagiere wurden von Rettungsbooten an Land gebracht, teilte Hafenmeisterin Ines Moreau mit.",
            "Die Reederei Bluewave Lines will das Schiff nach Port Selby schleppen lassen."),
    ];

    public static ArticleAnalysis UnrelatedConcert() =>
        Analyze(4, "coastal", "en", "2026-06-22T12:00:00Z", "Orchestra of Lindmoor opens summer festival",
            "The Lindmoor Symphony Orchestra opened the summer festival on Monday evening with a sold-out concert.",
            "Conductor Paulo Reis chose works by three young composers from the region.");

    public static ArticleAnalysis FerryFollowUp() =>
        Analyze(5, "tribune", "en", "2026-06-24T09:00:00Z", "Aurora grounding: Bluewave Lines blames faulty chart",
            "Bluewave Lines said on Wednesday that an outdated chart caused the ferry Aurora to run aground at Kestrel Island.",
            "Harbour master Ines Moreau said the chart had been corrected in May but the update never reached the ship.");
}
