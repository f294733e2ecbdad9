using System.Text.RegularExpressions;

namespace Newsdesk.Core.Text;

/// <summary>
/// Tells a photo caption or credit from a sentence of the report: "… smiles as he visits a school in this undated
/// photo released by …", "In this Dec. 12, 2006, file photo …", "(AP Photo/…)", "Foto: dpa", "Auf dem Bild: …", "A photo of …", "X, left, and Y unveil …",
/// "(pictured)". Extraction drops the captions it can see in
/// the page's markup; this catches those written into the text, so they never reach a brief.
/// </summary>
public static partial class PhotoCaption
{
    public static bool Is(string sentence) => Caption().IsMatch(sentence);

    [GeneratedRegex(@"\bin (?:this|a|an) (?:(?:\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),? ){0,4}(?:undated |handout |file |recent |aerial )*(?:photo(?:graph)?|picture|image|video grab|still)\b"
        + @"|\b(?:photo(?:graph)?|picture|image)s? (?:released|provided|distributed|taken|obtained|posted) by\b"
        + @"|\((?:AP|AFP|Reuters|Getty|dpa|EPA|Xinhua|KCNA)\b[^)]{0,40}(?:Photo|Images|File)?[^)]{0,40}\)"
        + @"|\b(?:AP|AFP|Getty|Reuters|EPA) (?:Photo|Images)\b"
        + @"|^(?:Photo|Foto|Bild|Picture|Image|Credit)\s*:"
        + @"|\b(?:Foto|Bild)\s*:\s*\p{Lu}"
        + @"|\b(?:auf dem|im) (?:Bild|Foto)\b"
        + @"|\bin diesem (?:undatierten )?(?:Foto|Bild)\b"
        + @"|^(?:A|An|This) (?:file |undated |handout )?(?:photo(?:graph)?|picture|image) (?:of|shows)\b"
        + @"|^The (?:photo(?:graph)?|picture|image) shows\b"
        + @"|^(?:Das|Dieses|Ein) (?:Foto|Bild) (?:zeigt|von)\b"
        + @"|, (?:left|right|centre|center|second from (?:left|right)|(?:top|bottom|front|back) (?:left|right|row)), (?:and|with|speaks|looks|holds|poses|unveil|unveils)\b"
        + @"|\((?:pictured|left|right|centre|center|above|below|inset|links|rechts|Mitte|im Bild)\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
