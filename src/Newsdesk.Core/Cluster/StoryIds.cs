using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>Ids derived from the first article of a story, so they stay the same as the story grows and across rebuilds.</summary>
public static class StoryIds
{
    public static string ForStory(string firstArticleKey) => "s" + Hash(firstArticleKey);

    public static string ForThread(string firstStoryId) => "t" + firstStoryId[1..];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
