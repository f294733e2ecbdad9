namespace Newsdesk.Cli.Terminal;

/// <summary>Counts as people write them: "1 story", "2 stories", "no errors".</summary>
internal static class Plural
{
    public static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    /// <summary>"no errors" for none, else as <see cref="Count"/>.</summary>
    public static string CountOrNo(int n, string one, string? many = null) => n == 0 ? $"no {many ?? one + "s"}" : Count(n, one, many);
}
