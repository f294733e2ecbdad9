namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>One step of progress for a long stage: the CLI draws it as a progress bar.</summary>
/// <param name="Stage">What is being done, for a person ("Placing articles in stories").</param>
/// <param name="Done">How many of <paramref name="Total"/> are done.</param>
/// <param name="Total">How many there are to do.</param>
/// <param name="Item">The one being worked on, where it helps (a feed's address).</param>
/// <param name="Unit">What is counted ("feeds", "pages", "articles", "stories"), so "11/11" says 11 of what.</param>
public sealed record PipelineProgress(string Stage, int Done, int Total, string? Item = null, string Unit = "")
{
    /// <summary>"Writing briefs: 11/11 stories".</summary>
    public override string ToString() => $"{Stage}: {Done}/{Total}{(Unit.Length > 0 ? " " + Unit : "")}";
}
