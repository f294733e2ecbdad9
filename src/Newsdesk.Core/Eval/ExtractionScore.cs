namespace Newsdesk.Core.Eval;

public sealed record ExtractionScore(int Docs, double Precision, double Recall, double F1);
