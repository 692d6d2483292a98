using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

/// <remarks>
/// The fixed addresses (/communiques/contacts-presse, /communiques/flux.xml, /communiques/abonnement) always win over
/// /communiques/{slug}: routing ranks a literal segment before a parameter, whatever the order of
/// the actions. A release can therefore never hide them (a test holds it).
/// </remarks>
public sealed class PressReleasesController(PressReleasesQuery query, PressFeedQuery feed) : Controller
{
    /// <remarks>Forgiving parameters: a year that is not a number shows every year, a page out of range the nearest page.</remarks>
    [HttpGet("/communiques")]
    public async Task<IActionResult> Index(int? annee, int? page, CancellationToken cancellationToken) =>
        View(await query.LoadReleasesAsync(PressReleaseFilter.FromQuery(annee, page), cancellationToken));

    [HttpGet("/communiques/contacts-presse")]
    public async Task<IActionResult> Contacts(CancellationToken cancellationToken) =>
        View(await query.LoadPressContactsAsync(cancellationToken));

    [HttpGet(PublicPaths.PressFeed)]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        new AtomFeedResult(await feed.LoadAsync(SiteAddress.Of(Request), cancellationToken));

    [HttpGet(PublicPaths.PressFeedHelp)]
    public IActionResult Subscribe() =>
        View(new PressFeedHelpViewModel(SiteAddress.Of(Request).For(PublicPaths.PressFeed)) { Breadcrumb = [new Crumb("Communiqués de presse", PublicPaths.PressReleases), new Crumb("S'abonner")] });

    [HttpGet("/communiques/{slug}")]
    public async Task<IActionResult> Release(string slug, CancellationToken cancellationToken) =>
        await query.LoadReleaseAsync(slug, SiteAddress.Of(Request), cancellationToken) is { } release ? View(release) : NotFound();
}
