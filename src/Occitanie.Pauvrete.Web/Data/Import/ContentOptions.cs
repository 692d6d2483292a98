namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>Section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// Folder of the seed content, absolute or relative to the app's content root. Default: the
    /// repository's <c>content/</c> (two levels above <c>src/Occitanie.Pauvrete.Web</c>).
    /// </summary>
    public string Path { get; set; } = "../../content";
}
