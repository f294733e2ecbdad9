namespace Newsdesk.Core.Brief;

/// <summary>
/// The stored version of a brief that a new one follows: its number, the newest article it was written from
/// (<paramref name="Through"/>: articles are numbered as they are stored, so a higher number came later) and the
/// newest article the version before it had (<paramref name="Baseline"/>, null for a first version), so a brief written
/// again without new reports keeps its number and its "What's new".
/// </summary>
public sealed record PreviousVersion(int Version, long Through, long? Baseline);
