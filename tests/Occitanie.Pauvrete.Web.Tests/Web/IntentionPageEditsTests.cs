using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The intention page shows what the database holds after staff changes (a portal of its own, since these tests edit it).</summary>
public sealed class IntentionPageEditsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_draft_measure_is_not_shown()
    {
        const string page = "/je-souhaite/rompre-l-isolement-des-familles";
        var before = await portal.GetDocumentAsync(page);
        var slug = before.QuerySelector("#mesures .fr-card__title a")!.GetAttribute("href")!["/mesures/".Length..];

        await EditAsync(db => db.Measures.Where(m => m.Slug == slug), m => m.Status = PublicationStatus.Draft);
        var after = await portal.GetDocumentAsync(page);

        Assert.Empty(after.QuerySelectorAll($"a[href='/mesures/{slug}']"));
        Assert.Equal(before.QuerySelectorAll("#mesures .fr-card").Length - 1, after.QuerySelectorAll("#mesures .fr-card").Length);
    }

    [Fact]
    public async Task A_contact_printed_by_two_measures_is_listed_once_for_both()
    {
        await EditAsync(
            db => db.Measures.Where(m => m.Slug == "petits-dejeuners-educatifs"),
            m => m.Contacts.Add(new Contact { Name = "Agence de services et de paiement (ASP)", Phone = "05 49 37 56 30", Email = "aidecantinescolaire@asp-public.fr", Url = "https://www.asp-public.fr/tarification-sociale-des-cantines-scolaires" }));

        var page = await portal.GetDocumentAsync("/je-souhaite/assurer-un-repas-equilibre");

        var asp = Assert.Single(page.QuerySelectorAll("#contacts h3"), h => VisibleText.Of(h) == "Agence de services et de paiement (ASP)");
        var text = VisibleText.Of(asp.ParentElement!);
        Assert.Contains("Cantines à tarification sociale", text, StringComparison.Ordinal);
        Assert.Contains("Petits déjeuners", text, StringComparison.OrdinalIgnoreCase);
        Assert.Single(page.QuerySelectorAll("#contacts a[href='tel:+33549375630']"));
    }

    [Fact]
    public async Task A_contact_with_blank_fields_gets_no_empty_line_on_the_measure_and_intention_pages()
    {
        await EditAsync(
            db => db.Measures.Where(m => m.Slug == "petits-dejeuners-educatifs"),
            m => m.Contacts.Add(new Contact { Name = "Mairie de Tarbes", Role = "  ", Phone = "05 62 44 38 38", Mobile = " ", Email = "", Url = " ", Note = " " }));

        foreach (var url in new[] { "/mesures/petits-dejeuners-educatifs", "/je-souhaite/assurer-un-repas-equilibre" })
        {
            var page = await portal.GetDocumentAsync(url);

            var card = Assert.Single(page.QuerySelectorAll("#contacts h3"), h => VisibleText.Of(h) == "Mairie de Tarbes").ParentElement!;
            var text = VisibleText.Of(card);
            Assert.Contains("Téléphone", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Portable", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Courriel", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Site", text, StringComparison.Ordinal);
            Assert.Equal("tel:+33562443838", Assert.Single(card.QuerySelectorAll("a[href^='tel:']")).GetAttribute("href"));
            Assert.All(card.QuerySelectorAll("p, li"), e => Assert.NotEqual("", VisibleText.Of(e)));
        }
    }

    private async Task EditAsync(Func<PortalDbContext, IQueryable<Measure>> find, Action<Measure> edit)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var measure = await find(db).SingleAsync();
        edit(measure);
        measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
        await db.SaveChangesAsync();
    }
}
