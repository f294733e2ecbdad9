namespace Newsdesk.Core.Model;

/// <summary>The brief's sections, declared in the order DESIGN.md fixes.</summary>
public enum BriefSectionKind
{
    /// <summary>On a version after the first: what the new reports added, with the update's time.</summary>
    WhatsNew,
    TlDr,
    Summary,
    WhyItMatters,
    KeyPoints,
    Perspectives,
    KeyTerms,
    Faq,
    Timeline,
    RelatedTopics,
    Sources,
}
