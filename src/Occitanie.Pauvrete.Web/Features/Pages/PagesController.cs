using Microsoft.AspNetCore.Mvc;

namespace Occitanie.Pauvrete.Web.Features.Pages;

/// <summary>
/// The pages every French public site has. Each has a fixed address (RGAA and DSFR name them)
/// and its text in the Pages table, under the same slug, so that staff can edit it.
/// </summary>
public sealed class PagesController(PagesQuery query) : Controller
{
    [HttpGet("/accessibilite")]
    public Task<IActionResult> Accessibility(CancellationToken cancellationToken) => Show("accessibilite", cancellationToken);

    [HttpGet("/mentions-legales")]
    public Task<IActionResult> LegalNotice(CancellationToken cancellationToken) => Show("mentions-legales", cancellationToken);

    [HttpGet("/donnees-personnelles")]
    public Task<IActionResult> PersonalData(CancellationToken cancellationToken) => Show("donnees-personnelles", cancellationToken);

    [HttpGet("/gestion-des-cookies")]
    public Task<IActionResult> Cookies(CancellationToken cancellationToken) => Show("gestion-des-cookies", cancellationToken);

    [HttpGet("/contact")]
    public async Task<IActionResult> Contact(CancellationToken cancellationToken) =>
        await query.LoadContactAsync(cancellationToken) is { } contact ? View(contact) : NotFound();

    [HttpGet("/plan-du-site")]
    public async Task<IActionResult> SiteMap(CancellationToken cancellationToken) =>
        await query.LoadSiteMapAsync(cancellationToken) is { } siteMap ? View(siteMap) : NotFound();

    private async Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        await query.LoadPageAsync(slug, cancellationToken) is { } page ? View("Page", page) : NotFound();
}
