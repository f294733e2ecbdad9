using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>What the reader shows for a page it has not, or a request it cannot answer: a message and a way back, in
/// the reader's language.</summary>
public static class ErrorPage
{
    public static string Render(int status, string language, string publisher)
    {
        var german = language == "de";
        var (title, message) = status switch
        {
            404 => german ? ("Seite nicht gefunden", "Diese Seite gibt es nicht (mehr). Vielleicht wurde die Meldung umbenannt oder entfernt.")
                : ("Page not found", "There is no page at this address. The story may have been renamed or removed."),
            400 => german ? ("Ungültige Anfrage", "Diese Adresse enthält einen Wert, den der Reader nicht versteht (etwa eine Seitenzahl, die keine Zahl ist).")
                : ("Bad request", "This address holds a value the reader does not understand (a page number that is not a number, say)."),
            405 => german ? ("Nicht erlaubt", "Diese Seite kann nur gelesen werden.") : ("Not allowed", "This page can only be read."),
            503 => german ? ("Vorübergehend nicht verfügbar", "Der Datenspeicher des Readers antwortet nicht oder ist beschädigt; der Betreiber sieht den Grund im Protokoll.")
                : ("Temporarily unavailable", "The reader's store does not answer or is damaged; the operator finds the reason in the log."),
            _ => german ? ("Fehler", "Der Reader konnte diese Anfrage nicht beantworten.") : ("Error", "The reader could not answer this request."),
        };
        var back = german ? "<a href=\"/de/\">← Zu den Meldungen</a>" : "<a href=\"/\">← Back to the front page</a>";
        return PageLayout.Render(title, $"<h1>{E(title)}</h1>\n<p>{E(message)}</p>\n<p>{back} · <a href=\"/search\">{(german ? "Suche" : "Search")}</a></p>\n", publisher, language);
    }
}
