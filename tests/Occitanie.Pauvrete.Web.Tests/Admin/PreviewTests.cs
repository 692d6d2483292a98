using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>« Prévisualiser »: the public page of an item, a draft included, for signed-in staff only.</summary>
public sealed class PreviewTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Editor = "redaction@occitanie.gouv.fr";

    [Fact]
    public async Task A_draft_measure_is_not_public_but_staff_see_its_public_page_marked_as_a_draft()
    {
        var measure = await AddAsync(async db => new Measure
        {
            Slug = "mesure-en-brouillon-pour-l-apercu",
            Title = "Mesure en brouillon pour l'aperçu",
            Summary = "Un résumé que seule l'équipe voit.",
            AxisId = (await db.Axes.OrderBy(a => a.Number).FirstAsync()).Id,
            Publics = ["communes"],
        });

        using var visitor = portal.CreateClient();
        using var publicPage = await visitor.GetAsync(new Uri("/mesures/mesure-en-brouillon-pour-l-apercu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);

        using var anonymous = StaffBrowser.Anonymous(portal, followRedirects: false);
        using var refused = await anonymous.Http.GetAsync(new Uri($"/admin/mesures/{measure.Id}/apercu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/admin/connexion", refused.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("Mesure en brouillon", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var staff = await StaffBrowser.SignInAsync(portal);
        using var response = await staff.Http.GetAsync(new Uri($"/admin/mesures/{measure.Id}/apercu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "The preview must not be stored by a browser or a proxy.");
        var preview = await PortalFactory.ParseAsync(response);
        Assert.Equal("Mesure en brouillon pour l'aperçu", preview.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Un résumé que seule l'équipe voit.", preview.QuerySelector(".portal-introduction")?.TextContent.Trim());
        AssertPreviewNotice(preview, "brouillon", $"/admin/mesures/{measure.Id}");
        // The axis it links to is published: the public page's links are there, as the public will see them.
        Assert.NotNull(preview.QuerySelector("a[href^='/axes/']"));
    }

    /// <summary>
    /// The preview renders the public page from the admin area: a partial the page finds next to it
    /// (« Combien pour ma commune ? ») must be found from there too. It was not, and the preview of
    /// every measure with a funding rule answered 500.
    /// </summary>
    [Fact]
    public async Task A_measure_with_a_funding_rule_is_previewed_with_its_estimate_form()
    {
        var measures = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.FundingRule != null).OrderBy(m => m.Slug).Select(m => new { m.Id, m.Title }).ToListAsync());
        Assert.NotEmpty(measures);
        using var staff = await StaffBrowser.SignInAsync(portal);

        foreach (var measure in measures)
        {
            using var response = await staff.Http.GetAsync(new Uri($"/admin/mesures/{measure.Id}/apercu", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{measure.Title}: the preview answered {response.StatusCode}\n{portal.Logs.Errors}");
            var preview = await PortalFactory.ParseAsync(response);
            Assert.Equal(measure.Title, preview.QuerySelector("h1")?.TextContent.Trim());
            Assert.NotNull(preview.QuerySelector("#combien form"));
            AssertPreviewNotice(preview, "publiée", $"/admin/mesures/{measure.Id}");
        }
    }

    [Fact]
    public async Task A_draft_press_release_is_previewed_and_stays_out_of_the_public_list()
    {
        var release = await AddAsync(_ => Task.FromResult(new PressRelease
        {
            Slug = "communique-en-brouillon",
            Title = "Communiqué en préparation",
            Date = new DateOnly(2030, 1, 15),
            Place = "Toulouse",
            Emitter = "Préfecture de la région Occitanie",
            Body = "Le texte du communiqué à relire.",
        }));

        using var visitor = portal.CreateClient();
        using var publicPage = await visitor.GetAsync(new Uri("/communiques/communique-en-brouillon", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        var list = await portal.GetDocumentAsync("/communiques");
        Assert.DoesNotContain("Communiqué en préparation", list.Body!.TextContent, StringComparison.Ordinal);

        using var staff = await StaffBrowser.SignInAsync(portal);
        var preview = await staff.GetAsync($"/admin/communiques/{release.Id}/apercu");

        Assert.Equal("Communiqué en préparation", preview.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Le texte du communiqué à relire.", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertPreviewNotice(preview, "brouillon", $"/admin/communiques/{release.Id}");
    }

    [Fact]
    public async Task A_legal_page_put_back_to_draft_is_previewed_at_its_admin_address()
    {
        var page = await portal.ReadAsync(async db =>
        {
            var legal = await db.Pages.SingleAsync(p => p.Slug == "mentions-legales");
            legal.Status = PublicationStatus.Draft;
            legal.UpdatedBy = Editor;
            await db.SaveChangesAsync();
            return legal;
        });

        using var visitor = portal.CreateClient();
        using var publicPage = await visitor.GetAsync(new Uri("/mentions-legales", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);

        using var staff = await StaffBrowser.SignInAsync(portal);
        var preview = await staff.GetAsync($"/admin/pages/{page.Id}/apercu");

        Assert.Equal(page.Title, preview.QuerySelector("h1")?.TextContent.Trim());
        AssertPreviewNotice(preview, "brouillon", $"/admin/pages/{page.Id}");
    }

    [Fact]
    public async Task A_published_measure_is_previewed_as_the_public_sees_it()
    {
        var measure = await portal.ReadAsync(db => db.Measures.AsNoTracking().Where(m => m.Status == PublicationStatus.Published).OrderBy(m => m.Slug).FirstAsync());
        var publicPage = await portal.GetDocumentAsync($"/mesures/{measure.Slug}");

        using var staff = await StaffBrowser.SignInAsync(portal);
        var preview = await staff.GetAsync($"/admin/mesures/{measure.Id}/apercu");

        Assert.Equal(publicPage.QuerySelector("h1")?.TextContent, preview.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            publicPage.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            preview.QuerySelectorAll("main a").Where(a => a.Closest("#apercu") is null).Select(a => a.GetAttribute("href")));
        AssertPreviewNotice(preview, "publiée", $"/admin/mesures/{measure.Id}");
        // The public page itself stays indexable, with its canonical address.
        Assert.NotNull(publicPage.QuerySelector("link[rel=canonical]"));
        Assert.Null(publicPage.QuerySelector("#apercu"));
    }

    [Fact]
    public async Task An_item_in_the_trash_is_previewed_and_said_to_be_in_the_trash()
    {
        var workshop = await portal.ReadAsync(async db =>
        {
            var item = await db.Workshops.OrderBy(w => w.Order).FirstAsync();
            item.Status = PublicationStatus.Deleted;
            item.UpdatedBy = Editor;
            await db.SaveChangesAsync();
            return item;
        });

        using var staff = await StaffBrowser.SignInAsync(portal);
        var preview = await staff.GetAsync($"/admin/ateliers/{workshop.Id}/apercu");

        Assert.Contains(workshop.Title, preview.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        AssertPreviewNotice(preview, "corbeille", $"/admin/ateliers/{workshop.Id}");
    }

    [Fact]
    public async Task A_draft_working_group_is_previewed_among_the_published_ones()
    {
        var group = await AddAsync(_ => Task.FromResult(new WorkingGroup
        {
            Slug = "groupe-en-brouillon",
            Title = "Groupe de travail en préparation",
            Order = 99,
        }));

        var publicPage = await portal.GetDocumentAsync("/groupes-de-travail");
        Assert.Null(publicPage.GetElementById("groupe-en-brouillon"));
        var published = publicPage.QuerySelectorAll("#working-groups > li").Length;

        using var staff = await StaffBrowser.SignInAsync(portal);
        var preview = await staff.GetAsync($"/admin/groupes-de-travail/{group.Id}/apercu");

        Assert.Equal("Groupe de travail en préparation", preview.QuerySelector("#groupe-en-brouillon h2")?.TextContent.Trim());
        Assert.Equal(published + 1, preview.QuerySelectorAll("#working-groups > li").Length);
        AssertPreviewNotice(preview, "brouillon", $"/admin/groupes-de-travail/{group.Id}");
    }

    [Fact]
    public async Task Every_kind_has_a_preview_a_public_page_or_the_place_where_the_item_appears()
    {
        var contact = await AddAsync(async db => new LocalContact
        {
            Slug = "dsden-46",
            Service = "DSDEN",
            DepartementId = await db.Departements.Where(d => d.Code == "46").Select(d => d.Id).SingleAsync(),
            Name = "Services départementaux de l'éducation nationale du Lot",
        });
        var departement = await portal.ReadAsync(db => db.Departements.Where(d => d.Code == "46").Select(d => d.Name).SingleAsync());
        var items = await portal.ReadAsync<List<(string Kind, Guid Id)>>(async db =>
        [
            ("mesures", await db.Measures.Select(i => i.Id).FirstAsync()),
            ("intentions", await db.Intentions.Select(i => i.Id).FirstAsync()),
            ("axes", await db.Axes.Select(i => i.Id).FirstAsync()),
            ("ateliers", await db.Workshops.Select(i => i.Id).FirstAsync()),
            ("conferences", await db.Conferences.Select(i => i.Id).FirstAsync()),
            ("communiques", await db.PressReleases.Select(i => i.Id).FirstAsync()),
            ("groupes-de-travail", await db.WorkingGroups.Select(i => i.Id).FirstAsync()),
            ("financements", await db.FundingLines.Select(i => i.Id).FirstAsync()),
            ("chiffres-cles", await db.KeyFigures.Where(k => k.AxisId != null).Select(i => i.Id).FirstAsync()),
            ("chiffres-cles", await db.KeyFigures.Where(k => k.AxisId == null).Select(i => i.Id).FirstAsync()),
            ("departements", await db.Departements.Select(i => i.Id).FirstAsync()),
            ("contacts-locaux", contact.Id),
            ("sources", await db.SourceDocuments.Select(i => i.Id).FirstAsync()),
            ("contacts-presse", await db.PressContacts.Select(i => i.Id).FirstAsync()),
            .. (await db.Pages.Select(p => p.Id).ToListAsync()).Select(id => ("pages", id)),
        ]);
        Assert.Equal(ContentKinds.All.Select(k => k.Slug).Order(), items.Select(i => i.Kind).Distinct().Order());

        using var staff = await StaffBrowser.SignInAsync(portal);
        foreach (var (kind, id) in items)
        {
            using var response = await staff.Http.GetAsync(new Uri($"/admin/{kind}/{id}/apercu", UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/admin/{kind}/{id}/apercu answered {response.StatusCode}\n{portal.Logs.Errors}");
            var page = await PortalFactory.ParseAsync(response);
            if (kind is "financements" or "chiffres-cles" or "departements" or "contacts-presse")
            {
                // No page of its own: the admin says where the public sees it.
                Assert.NotNull(page.QuerySelector("form[action='/admin/deconnexion']"));
                var place = page.QuerySelector("main .fr-alert a")?.GetAttribute("href");
                Assert.True(place is not null && place.StartsWith('/'), $"{kind}: no link to where the item appears");
                Assert.Equal($"/admin/{kind}/{id}", page.QuerySelector("main a.fr-btn")?.GetAttribute("href"));
            }
            else if (kind == "sources")
            {
                // Cited at the end of the pages that name it: no one address to link to.
                Assert.Contains("Sources et notes de la rédaction", page.QuerySelector("main .fr-alert")!.TextContent, StringComparison.Ordinal);
                Assert.Equal($"/admin/{kind}/{id}", page.QuerySelector("main a.fr-btn")?.GetAttribute("href"));
            }
            else if (kind == "contacts-locaux")
            {
                // Offered on every measure page whose contact is its service: no one address to link to.
                var place = page.QuerySelector("main .fr-alert")!.TextContent;
                Assert.Contains("« DSDEN »", place, StringComparison.Ordinal);
                Assert.Contains($"« {departement} »", place, StringComparison.Ordinal);
                Assert.Equal($"/admin/{kind}/{id}", page.QuerySelector("main a.fr-btn")?.GetAttribute("href"));
            }
            else
            {
                Assert.NotNull(page.GetElementById("apercu"));
                Assert.NotNull(page.QuerySelector("main h1"));
            }
        }
    }

    [Fact]
    public async Task An_unknown_item_or_kind_is_not_found()
    {
        var measureId = await portal.ReadAsync(db => db.Measures.Select(m => m.Id).FirstAsync());
        using var staff = await StaffBrowser.SignInAsync(portal);

        foreach (var url in new[] { $"/admin/mesures/{Guid.NewGuid()}/apercu", $"/admin/ateliers/{measureId}/apercu", $"/admin/inconnus/{measureId}/apercu" })
        {
            using var response = await staff.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
            var page = await PortalFactory.ParseAsync(response);
            Assert.Contains("Page non trouvée", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Previewing_the_changes_of_an_item_without_a_page_of_its_own_says_where_it_appears_with_what_was_typed()
    {
        var line = await portal.ReadAsync(db => db.FundingLines.AsNoTracking().OrderBy(f => f.Slug).FirstAsync());
        using var staff = await StaffBrowser.SignInAsync(portal);
        var form = StaffBrowser.EditForm(await staff.GetAsync($"/admin/financements/{line.Id}"));
        StaffBrowser.Fill(form, new() { ["Label"] = "Libellé corrigé, pas encore enregistré" });

        // Its « Elsewhere » page was looked for among the content editor's views: a 500.
        using var response = await staff.SendAsync(form, "Prévisualiser les modifications");
        var preview = await PortalFactory.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Aperçu : Libellé corrigé, pas encore enregistré", preview.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal("/#financements", preview.QuerySelector("main .fr-alert a")?.GetAttribute("href"));
        Assert.Equal(line.Label, await portal.ReadAsync(db => db.FundingLines.Where(f => f.Id == line.Id).Select(f => f.Label).SingleAsync()));
    }

    /// <summary>The staff notice at the top of the page, a link back to the editor, and nothing for search engines.</summary>
    private static void AssertPreviewNotice(IHtmlDocument page, string state, string editPath)
    {
        var notice = page.QuerySelector("main > #apercu.fr-notice");
        Assert.NotNull(notice);
        Assert.Contains("Aperçu réservé à l'équipe", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(state, notice.TextContent, StringComparison.Ordinal);
        Assert.Equal(editPath, notice.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
    }

    /// <summary>Saves a new item as a draft, as a rédacteur would, straight through the portal's database.</summary>
    private Task<T> AddAsync<T>(Func<PortalDbContext, Task<T>> build)
        where T : EditableEntity =>
        portal.ReadAsync(async db =>
        {
            var item = await build(db);
            item.Id = Guid.NewGuid();
            item.Status = PublicationStatus.Draft;
            item.UpdatedBy = Editor;
            db.Add(item);
            await db.SaveChangesAsync();
            return item;
        });
}
