namespace Newsdesk.Web.Demo;

/// <summary>A fictional publisher of the demo corpus: its name, language, feed format and page layout.</summary>
public sealed record DemoOutlet(string Id, string Name, string Language, string Feed, string Layout);
