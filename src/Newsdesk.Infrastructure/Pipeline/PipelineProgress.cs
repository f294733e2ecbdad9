namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>One step of progress for a long stage: the CLI draws it as a progress bar.</summary>
public sealed record PipelineProgress(string Stage, int Done, int Total, string? Item = null);
