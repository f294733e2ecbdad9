namespace Newsdesk.Core.Brief;

/// <summary>A source sentence offered to the model engine, with the number it is cited by and where it stood in its
/// article.</summary>
public sealed record EvidenceSentence(int Citation, int Position, string Text);
