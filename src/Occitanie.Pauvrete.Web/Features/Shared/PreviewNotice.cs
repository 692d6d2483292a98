namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Set in <c>ViewData[Key]</c> by the admin's preview, which renders a public page at an admin
/// address: the layout then tells staff what they are looking at, links back to the editor and
/// keeps the page out of search engines (no canonical address, noindex).
/// </summary>
/// <param name="Message">The item's state, « Cette page est un brouillon : elle n'est pas encore publique. ».</param>
/// <param name="EditPath">The item's page in the admin.</param>
public sealed record PreviewNotice(string Message, string EditPath)
{
    public const string Key = "Preview";
}
