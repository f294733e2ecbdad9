namespace Newsdesk.Core.Extract;

/// <summary>The page holds no article text (a home page, an error page, an empty document).</summary>
public sealed class NoArticleException(string url) : Exception($"no article found in {url}");
