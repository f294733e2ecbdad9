namespace Newsdesk.Core.Cluster;

/// <summary>A story's reports in one language: the sum of their term vectors (the centroid), of their
/// cross-language anchors, and their names and figures.</summary>
internal sealed class StorySide
{
    public TermVector.Sum Terms { get; } = new();

    public TermVector.Sum Anchors { get; } = new();

    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

    public void Add(TermVector vector, TermVector anchors, IReadOnlySet<string> entities)
    {
        Terms.Add(vector);
        Anchors.Add(anchors);
        Entities.UnionWith(entities);
    }
}
