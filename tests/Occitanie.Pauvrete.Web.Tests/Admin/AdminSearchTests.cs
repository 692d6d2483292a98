using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The search box of the admin header: items of every kind by their title, accents and case ignored.</summary>
public sealed class AdminSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_admin_page_has_the_search_box_and_it_finds_items_of_every_kind_by_title_with_or_without_accents()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "petits-dejeuners-educatifs"));
        var release = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().Where(r => r.Status == PublicationStatus.Published).OrderBy(r => r.Date).FirstAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var journal = await browser.GetAsync("/admin/journal");
        var box = journal.Forms.Single(f => f.Id == "admin-search");
        StaffBrowser.Fill(box, new() { ["q"] = "PETITS DEJEUNERS" });
        var found = await browser.SubmitAsync(box);

        var links = found.QuerySelectorAll("#table-recherche tbody a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(($"/admin/mesures/{measure.Id}", measure.Title), links);
        Assert.All(found.QuerySelectorAll("#table-recherche tbody a"), a => Assert.Contains("déjeuner", a.TextContent, StringComparison.OrdinalIgnoreCase));

        var byRelease = await browser.GetAsync("/admin/recherche?q=" + Uri.EscapeDataString(release.Title[..20]));
        Assert.Contains(byRelease.QuerySelectorAll("#table-recherche tbody tr"), row =>
            row.QuerySelector("a")?.GetAttribute("href") == $"/admin/communiques/{release.Id}" && row.TextContent.Contains("Communiqué", StringComparison.Ordinal));

        var none = await browser.GetAsync("/admin/recherche?q=aucuntitreainsi");
        Assert.Equal("Aucun contenu dont le titre contient « aucuntitreainsi ».", VisibleText.Of(none.GetElementById("recherche-total")!));
    }
}
