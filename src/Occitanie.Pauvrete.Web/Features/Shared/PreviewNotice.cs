namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// Set in <c>ViewData[Key]</c> by the admin's preview, which renders a public page at an admin
/// address: the layout then tells staff what they are looking at, links back to the editor and
/// keeps the page out of search engines (no canonical address, noindex).
/// </summary>
/// <param name="Message">The item's state, « Cette page est un brouillon : elle n'est pas encore publique. ».</param>
/// <param name="EditPath">The item's page in the admin.</param>
/// <param name="PublicPath">Where the public sees the page: the breadcrumb's current item links there, as on the public page.</param>
public sealed record PreviewNotice(string Message, string EditPath, string? PublicPath)
{
    public const string Key = "Preview";
}
