using System.Text.RegularExpressions;

namespace Newsdesk.Core.Brief;

/// <summary>
/// Words that say a story's state changed ("called off", "put out", "lifted", "abgesagt", "aufgehoben") and words that
/// describe a state still open ("not yet", "will", "told to keep", "noch nicht", "sollen"): a newer report with a
/// change, on the subject of an older report's open state, supersedes it (<see cref="StoryDevelopment"/>). Revisions of a
/// figure ("rose to", "stieg auf") count as changes.
/// </summary>
public static partial class StatusCues
{
    /// <summary>True when the sentence reports a change of state or a revised figure.</summary>
    public static bool IsChange(string text, string language) =>
        (language == "de" ? GermanChange() : EnglishChange()).IsMatch(text) && !(language == "de" ? GermanNegatedChange() : EnglishNegatedChange()).IsMatch(text);

    /// <summary>True when the sentence describes a state that may still change (a plan, a warning, a danger, an
    /// unfinished operation, an expectation).</summary>
    public static bool IsOpen(string text, string language) => (language == "de" ? GermanOpen() : EnglishOpen()).IsMatch(text);

    [GeneratedRegex(@"\b(called off|call(ed|s)? it off|cancel+ed|put out|extinguished|(brought|got|is|was|were|are) (now )?under control|lifted|has ended|have ended|ended (on|at|after|early|late)|is over|was over|reopened|re-opened|may return|can return|could return|allowed to return|allowed back|returned (home|to their)|went back|agreed|agreement|reached a (deal|settlement|compromise)|struck a deal|deal (was|has been) reached|settled|suspended|no longer|all-clear|all clear|stood down|was arrested|were arrested|has been arrested|have been arrested|charged with|was found|were found|been found|rescued|revised|rose to|risen to|has risen|have risen|climbed to|increased to|fell to|dropped to|has been confirmed|were confirmed|withdrawn|resigned|has resigned|stepped down|restored|resumed|(are|is|were) back (on|in|to)|back to normal|was lifted|were lifted|was released|were released|freed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishChange();

    [GeneratedRegex(@"\b(not (yet )?(been )?(called off|lifted|under control|over|reopened|agreed|settled|restored|resumed|found|released)|no agreement|without (an )?agreement|failed to (agree|reach))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegatedChange();

    [GeneratedRegex(@"\b(abgesagt|abgeblasen|beendet|ist vorbei|war vorbei|aufgehoben|gelöscht|unter Kontrolle (gebracht|ist|sei)|wieder geöffnet|wiedereröffnet|freigegeben|zurückkehren|zurück in ihre|kehrten zurück|dürfen zurück|können zurück|Entwarnung|Einigung|geeinigt|einigten sich|einigen sich|Tarifeinigung|verständigt|nicht mehr|festgenommen|verhaftet|angeklagt|gefunden|gerettet|korrigiert|gestiegen|stieg auf|steigt auf|erhöht auf|gesunken|sank auf|bestätigt|zurückgetreten|zurückgezogen|wiederhergestellt|wieder aufgenommen|freigelassen|fahren wieder|fährt wieder|wieder nach (dem )?(normalen )?Fahrplan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanChange();

    [GeneratedRegex(@"\b(noch nicht|nicht (gelöscht|aufgehoben|beendet|abgesagt|unter Kontrolle|gefunden|freigegeben)|keine Einigung|ohne Einigung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanNegatedChange();

    [GeneratedRegex(@"\b(not yet|so far|for now|due to|since|still|continu(e|es|ed|ing)|ongoing|will|would|plans? to|planned|expected to|set to|told to|urged to|advised to|asked to|ordered to|remain(s|ed)?|keep|kept|threat(en|ens|ened)?|warn(ed|s|ing)?|evacuat(e|ed|ing|ion)|missing|search(ing)? for|fear(ed|s)?|closed|shut|blocked|strike on|walk out on|demand(s|ed|ing)?|offer(s|ed)?|could|may|might|out of control|burning|raging|on strike|stranded|toll (is|was|stood at)|at least)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOpen();

    [GeneratedRegex(@"\b(noch nicht|noch immer|immer noch|seit|bisher|vorerst|weiterhin|dauer(t|n|te|ten) an|andauern|will|wollen|soll|sollen|sollten|geplant|angekündigt|angesetzt|fordert|fordern|verlangt|verlangen|angeboten|bietet|aufgefordert|gebeten|geschlossen|gesperrt|evakuiert|Evakuierung|droh(t|en|te)|Warnung|gewarnt|warnt|vermisst|gesucht|bleib(t|en)|könnte|könnten|brennt|brannte|außer Kontrolle|Streik am|streiken am|mindestens)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanOpen();
}
