using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The catalogue narrows to the measures a commune of a département already put to work (the guide's workshops).</summary>
public sealed class MeasureTerritoryFilterTests(SharedPortal shared) : IClassFixture<SharedPortal>
{
    private readonly PortalFactory _portal = shared.Portal;

    [Fact]
    public async Task Filtering_by_the_aude_gives_the_measures_of_its_workshops()
    {
        var expected = await _portal.ReadAsync(db => db.Measures
            .Where(m => m.Status == PublicationStatus.Published && m.Workshops.Any(w => w.Status == PublicationStatus.Published && w.Departement!.Code == "11"))
            .Select(m => m.Slug)
            .ToListAsync());

        var page = await _portal.GetDocumentAsync("/mesures?departement=11");

        var results = page.QuerySelectorAll("main a[href^='/mesures/']").Select(a => a.GetAttribute("href")!["/mesures/".Length..]).Distinct().ToList();
        Assert.Contains("cantines-a-tarification-sociale", expected);
        Assert.Equal(expected.Order(), results.Where(expected.Contains).Order());
        Assert.All(results, slug => Assert.Contains(slug, expected));
        var tag = page.QuerySelector("a.fr-tag[aria-current='true']");
        Assert.NotNull(tag);
        Assert.Contains("Aude (11)", tag.TextContent, StringComparison.Ordinal);
        Assert.Contains($"({expected.Count})", tag.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_territory_filter_combines_with_the_others_and_stays_in_the_links()
    {
        var page = await _portal.GetDocumentAsync("/mesures?departement=65&intention=assurer-un-repas-equilibre");

        var results = page.QuerySelectorAll("main a[href^='/mesures/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/mesures/petits-dejeuners-educatifs", results);
        Assert.DoesNotContain("/mesures/cantines-a-tarification-sociale", results);
        // Every other choice keeps a département: this one, or another one that replaces it (the tags that remove a chosen filter aside).
        Assert.All(page.QuerySelectorAll("a.fr-tag[href^='/mesures?']:not(.fr-tag--dismiss)").Where(a => a.GetAttribute("aria-current") is null),
            a => Assert.Contains("departement=", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("a.fr-tag"), a => a.GetAttribute("href")!.Contains("departement=65", StringComparison.Ordinal)
            && !a.GetAttribute("href")!.Contains("intention=", StringComparison.Ordinal));
    }
}
