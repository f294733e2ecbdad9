namespace Newsdesk.Core.Eval;

public sealed record ClusteringScore(int Docs, int Stories, int Clusters, double PairwisePrecision, double PairwiseRecall, double PairwiseF1, double BCubedPrecision, double BCubedRecall, double BCubedF1);
