namespace Newsdesk.Core.Llm;

/// <summary>
/// US dollars per million tokens, in and out, by model name. The defaults are the list prices of a few hosted
/// open-model APIs as published in 2026 (they change; override them under Llm:Prices); a model not in the table
/// costs nothing — local models run on your own machine.
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, ModelPrice> _prices;

    public PriceTable(IReadOnlyDictionary<string, ModelPrice>? overrides = null)
    {
        _prices = new Dictionary<string, ModelPrice>(Defaults, StringComparer.OrdinalIgnoreCase);
        foreach (var (model, price) in overrides ?? new Dictionary<string, ModelPrice>())
        {
            _prices[model] = price;
        }
    }

    public static IReadOnlyDictionary<string, ModelPrice> Defaults { get; } = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = new(0.15, 0.60),
        ["gpt-4.1-mini"] = new(0.40, 1.60),
        ["deepseek-chat"] = new(0.27, 1.10),
        ["qwen-turbo"] = new(0.05, 0.20),
        ["qwen-plus"] = new(0.40, 1.20),
        ["mistral-small-latest"] = new(0.10, 0.30),
    };

    public ModelPrice For(string model) => _prices.GetValueOrDefault(model) ?? ModelPrice.Free;

    public double Cost(string model, int tokensIn, int tokensOut)
    {
        var price = For(model);
        return (tokensIn * price.InputPerMillion + tokensOut * price.OutputPerMillion) / 1_000_000;
    }
}

/// <summary>US dollars per million prompt and completion tokens.</summary>
public sealed record ModelPrice(double InputPerMillion, double OutputPerMillion)
{
    public static ModelPrice Free { get; } = new(0, 0);
}
