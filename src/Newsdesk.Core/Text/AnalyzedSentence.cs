namespace Newsdesk.Core.Text;

/// <summary>A sentence of an article with its position and matching terms (folded, stemmed, no stop words).</summary>
public sealed record AnalyzedSentence(string Text, int Paragraph, int Position, IReadOnlyList<string> Terms);
