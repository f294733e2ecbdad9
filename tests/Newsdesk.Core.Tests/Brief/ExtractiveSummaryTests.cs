using Newsdesk.Core.Brief;

namespace Newsdesk.Core.Tests.Brief;

public class ExtractiveSummaryTests
{
    [Fact]
    public void The_summary_leads_with_the_first_sentence_without_its_wire_dateline_and_keeps_the_word_budget()
    {
        var article = Fixtures.Analyze(61, "wire", "en", "2026-06-22T08:00:00Z", "Ferry Aurora runs aground",
            "(Civic Wire) — The ferry Aurora ran aground near Kestrel Island on Monday with 212 passengers on board.",
            "Lifeboats brought all 212 passengers ashore within three hours, the coast guard said on Monday.",
            "Harbour master Ines Moreau praised the crew of the Aurora for keeping the passengers calm.",
            "The operator Bluewave Lines will tow the ferry Aurora to Port Selby for an inspection of the hull.");

        var three = ExtractiveSummary.Summarize([article], 3, int.MaxValue);
        var short_ = ExtractiveSummary.Summarize([article], 3, 20);

        Assert.Equal(3, three.Count);
        Assert.StartsWith("The ferry Aurora ran aground", three[0], StringComparison.Ordinal);
        Assert.Equal(20, short_.Sum(s => s.Split(' ').Length));
    }
}
