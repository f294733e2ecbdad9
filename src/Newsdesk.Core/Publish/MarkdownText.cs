using System.Text;

namespace Newsdesk.Core.Publish;

/// <summary>Escapes source text so that it renders as the words it is, never as Markdown or HTML markup.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return builder.ToString();
    }
}
