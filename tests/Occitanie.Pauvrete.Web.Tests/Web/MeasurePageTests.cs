using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;
using static Occitanie.Pauvrete.Web.Tests.Support.MeasureCatalogueBrowser;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The page of one measure (/mesures/{slug}): funding, how to apply, contacts, links, workshops, sources; drafts stay hidden.</summary>
public sealed class MeasurePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Cantines = "cantines-a-tarification-sociale";

    [Fact]
    public async Task The_cantines_page_says_what_the_state_pays_and_how_to_apply()
    {
        var page = await portal.GetDocumentAsync($"/mesures/{Cantines}");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Cantines à tarification sociale", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Cantines à tarification sociale — ", PortalReading.Spaces(page.Title!), StringComparison.Ordinal);
        var crumbs = page.QuerySelectorAll("nav.fr-breadcrumb li");
        Assert.Equal(["Accueil", "Mesures", "Cantines à tarification sociale"], crumbs.Select(li => Normalize(li.TextContent)));
        Assert.Equal("/mesures", crumbs[1].QuerySelector("a")!.GetAttribute("href"));
        var funding = Normalize(page.QuerySelector("#financement")!.TextContent);
        Assert.StartsWith("Ce que finance l'État", funding, StringComparison.Ordinal);
        Assert.Contains("3 € par repas servi", funding, StringComparison.Ordinal);
        Assert.Contains("Délibération en conseil municipal", page.QuerySelector("#comment-faire")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enfants", page.QuerySelector("#pour-qui")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ASP", page.QuerySelector("#porteurs")!.TextContent.Split(',').Select(p => p.Trim()));
    }

    [Fact]
    public async Task The_cantines_page_gives_the_asp_contact_as_links_to_call_and_write()
    {
        Contact asp;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var measure = await db.Measures.AsNoTracking().SingleAsync(m => m.Slug == Cantines);
            asp = measure.Contacts.Single(c => c.Name.Contains("ASP", StringComparison.Ordinal));
        }

        var page = await portal.GetDocumentAsync($"/mesures/{Cantines}");

        var contacts = page.QuerySelector("#contacts")!;
        Assert.Contains(asp.Name, contacts.TextContent, StringComparison.Ordinal);
        var phone = Assert.Single(contacts.QuerySelectorAll("a[href^='tel:']"));
        Assert.Equal("tel:+33549375630", phone.GetAttribute("href"));
        Assert.Equal("05 49 37 56 30", asp.Phone);
        Assert.Equal(asp.Phone, phone.TextContent.Trim());
        Assert.Equal("05 49 37 56 30", Normalize(phone.TextContent));
        Assert.Equal($"mailto:{asp.Email}", contacts.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        var site = contacts.QuerySelector($"a[href='{asp.Url}']")!;
        Assert.Equal("_blank", site.GetAttribute("target"));
        Assert.Equal("noopener", site.GetAttribute("rel"));
        Assert.EndsWith("— nouvelle fenêtre", site.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cantines_page_links_the_capendu_workshop_its_axis_intention_and_sources()
    {
        string workshopSlug;
        List<string> documentTitles;
        string axisSlug;
        List<string> intentionSlugs;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var measure = await db.Measures.AsNoTracking().Include(m => m.Axis).Include(m => m.Intentions).SingleAsync(m => m.Slug == Cantines);
            workshopSlug = await db.Workshops.Where(w => w.Kind == WorkshopKind.Atelier && w.Number == "1").Select(w => w.Slug).SingleAsync();
            var files = measure.Sources.Select(s => s.Document).ToList();
            documentTitles = await db.SourceDocuments.Where(d => files.Contains(d.FileName)).Select(d => d.Title).ToListAsync();
            axisSlug = measure.Axis!.Slug;
            intentionSlugs = [.. measure.Intentions.Select(i => i.Slug)];
        }

        var page = await portal.GetDocumentAsync($"/mesures/{Cantines}");

        var workshop = page.QuerySelector($"#ateliers a[href='/ateliers/{workshopSlug}']")!;
        Assert.Equal("Les cantines scolaires à tarification sociale en milieu rural", workshop.TextContent.Trim());
        var workshops = Normalize(page.QuerySelector("#ateliers")!.TextContent);
        Assert.Contains("Capendu, Aude", workshops, StringComparison.Ordinal);
        Assert.Contains("Atelier n°1", workshops, StringComparison.Ordinal);
        Assert.Contains("Guide des élus de la conférence régionale du 7 juillet 2021", documentTitles);
        var sources = page.QuerySelectorAll("#sources li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Contains("Source : Guide des élus de la conférence régionale du 7 juillet 2021, Atelier n°1", sources);
        Assert.All(documentTitles, title => Assert.Contains(sources, s => s.Contains(title, StringComparison.Ordinal)));
        Assert.NotNull(page.QuerySelector($"#strategie a[href='/axes/{axisSlug}']"));
        Assert.All(intentionSlugs, slug => Assert.NotNull(page.QuerySelector($"#strategie a[href='/je-souhaite/{slug}']")));
        var related = page.QuerySelectorAll("#mesures-du-meme-axe .fr-card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(related);
        Assert.DoesNotContain($"/mesures/{Cantines}", related);
    }

    [Fact]
    public async Task A_link_without_address_in_the_source_is_plain_text_without_a_remark()
    {
        Measure measure;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            measure = (await db.Measures.AsNoTracking().Published().ToListAsync())
                .OrderBy(m => m.Slug, StringComparer.Ordinal)
                .First(m => m.Links.Exists(l => l.Url is null) && m.Links.Exists(l => l.Url is not null));
        }

        var page = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");

        var items = page.QuerySelectorAll("#liens li");
        Assert.Equal(measure.Links.Count, items.Length);
        foreach (var (link, item) in measure.Links.Zip(items))
        {
            if (link.Url is null)
            {
                Assert.Null(item.QuerySelector("a"));
                Assert.Equal(link.Title, Normalize(item.TextContent));
            }
            else
            {
                var anchor = item.QuerySelector("a")!;
                Assert.Equal(link.Url, anchor.GetAttribute("href"));
                Assert.Equal("_blank", anchor.GetAttribute("target"));
                Assert.Equal("noopener", anchor.GetAttribute("rel"));
                Assert.Equal($"{link.Title} — nouvelle fenêtre", anchor.GetAttribute("title"));
            }
        }
    }

    [Fact]
    public async Task An_editor_note_is_shown_as_such_in_the_sources_and_notes_at_the_end()
    {
        Measure measure;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            measure = await db.Measures.AsNoTracking().Published().Where(m => m.EditorNote != null).OrderBy(m => m.Slug).FirstAsync();
        }

        var page = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");

        var section = page.QuerySelector("#sources-et-notes")!;
        var note = section.QuerySelector("#note-de-la-redaction")!;
        Assert.Equal("Note de la rédaction", note.QuerySelector("h3")!.TextContent.Trim());
        Assert.Contains(Normalize(measure.EditorNote!)[..40], Normalize(note.TextContent), StringComparison.Ordinal);
        // The last section of the page's content, collapsed until the reader opens it.
        Assert.Null(section.NextElementSibling);
        Assert.Equal("false", section.QuerySelector("button.fr-accordion__btn")!.GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task A_measure_switched_to_draft_disappears_from_its_page_and_the_catalogue()
    {
        string slug;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var measure = await db.Measures.Published().Where(m => m.Slug != Cantines).OrderBy(m => m.Title).FirstAsync();
            slug = measure.Slug;
            Assert.Contains(slug, (await AllPagesAsync(portal, "/mesures")).SelectMany(ResultSlugs));

            measure.Status = PublicationStatus.Draft;
            measure.UpdatedBy = "redactrice@occitanie.gouv.fr";
            await db.SaveChangesAsync();
        }
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri($"/mesures/{slug}", UriKind.Relative));
        var catalogue = await AllPagesAsync(portal, "/mesures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(slug, catalogue.SelectMany(ResultSlugs));
        Assert.DoesNotContain(catalogue.SelectMany(p => p.QuerySelectorAll("a[href]")), a => a.GetAttribute("href") == $"/mesures/{slug}");
    }

    [Fact]
    public async Task An_unknown_measure_gives_the_404_page()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/mesures/cette-mesure-n-existe-pas", UriKind.Relative));
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page non trouvée", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
