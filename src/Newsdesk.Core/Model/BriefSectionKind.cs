namespace Newsdesk.Core.Model;

/// <summary>The brief's sections, declared in the order DESIGN.md fixes.</summary>
public enum BriefSectionKind
{
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
