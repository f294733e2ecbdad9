namespace Newsdesk.Core.Extract;

/// <summary>The run filter's answer for each run of one page, worked out once: selection and assembly both ask.</summary>
internal sealed class RunVerdicts(PageScanner scan, string title)
{
    private readonly bool?[] _kept = new bool?[scan.Runs.Count];

    public PageScanner Scan => scan;

    public Headline Headline { get; } = new(title);

    public bool Keeps(int run) => _kept[run] ??= RunFilter.Keeps(scan.Runs[run], title, scan.Boilerplate);
}
