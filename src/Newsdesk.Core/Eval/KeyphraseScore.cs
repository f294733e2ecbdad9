namespace Newsdesk.Core.Eval;

/// <summary>Micro-averaged precision, recall and F1 of the top K predicted key phrases.</summary>
public sealed record KeyphraseScore(int K, int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : Matched / (double)Predicted;
    public double Recall => Gold == 0 ? 0 : Matched / (double)Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
