using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class PhotoCaptionTests
{
    [Theory]
    [InlineData("Kim Jong Un smiles as he visits a school in Pyongyang in this undated photo released by KCNA.", true)]
    [InlineData("Firefighters work at the scene in this aerial image taken on Tuesday.", true)]
    [InlineData("The mayor visits the flooded quay. (AP Photo/Jane Doe)", true)]
    [InlineData("In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station.", true)]
    [InlineData("Foto: dpa", true)]
    [InlineData("Auf dem Bild: Bürgermeisterin Ruth Calloway am überfluteten Kai.", true)]
    [InlineData("A photo of the teen who went missing on April 14, Kristian Perez.", true)]
    [InlineData("Douglas Owsley, a physical anthropologist, left, and archaeologist William Kelso unveil the reconstruction.", true)]
    [InlineData("Dani Alves (pictured) celebrates with his team-mates.", true)]
    [InlineData("Das Foto zeigt die überflutete Altstadt von Port Avalen.", true)]
    [InlineData("Bürgermeisterin Ruth Calloway (links) und Direktorin Fiona Hale bei der Eröffnung.", true)]
    [InlineData("The council published a photo of the damaged bridge on Tuesday, officials said.", false)]
    [InlineData("The driver turned left, and the car hit the wall.", false)]
    [InlineData("In a letter to the photo agency, the minister said the pictures were genuine.", false)]
    [InlineData("Das Foto-Archiv der Stadt wird digitalisiert.", false)]
    [InlineData("Die Stadt will die Brücke bis zum Sommer wieder öffnen.", false)]
    [InlineData("The image of the harbour has suffered, the tourism office said.", false)]
    public void A_caption_is_told_from_a_sentence_of_the_report(string sentence, bool caption) =>
        Assert.Equal(caption, PhotoCaption.Is(sentence));
}
