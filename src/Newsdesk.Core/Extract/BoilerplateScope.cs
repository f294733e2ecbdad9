namespace Newsdesk.Core.Extract;

/// <summary>
/// Decides, after the scan, which elements named like boilerplate really are: one that holds most of the page's text
/// is a wrapper with an unlucky name ("Page-ad-margins"), not an ad.
/// </summary>
internal sealed class BoilerplateScope(ElementStats root)
{
    private const double WrapperShare = 0.5;

    public bool IsBoilerplate(ElementStats? scope) => scope is not null && scope.TextChars < root.TextChars * WrapperShare;
}
