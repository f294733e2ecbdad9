namespace Newsdesk.Infrastructure.Llm;

/// <summary>The Llm section cannot be used as written (an endpoint that is not a URL, a model without a name).</summary>
public sealed class LlmConfigurationException(string message) : Exception(message);
