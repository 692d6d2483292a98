using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.PressReleases;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Pages;

public sealed record ContentPageViewModel(PageContent Page)
    : PageViewModel(Page.Title, Page.Summary ?? Page.Title);

/// <summary>The press contacts of the latest release, which the contact page shows as the current ones.</summary>
public sealed record LatestPressContacts(string ReleaseSlug, string ReleaseTitle, DateOnly ReleaseDate, IReadOnlyList<Contact> Contacts);

public sealed record ContactViewModel(PageContent Page, LatestPressContacts? Press)
    : PageViewModel(Page.Title, Page.Summary ?? Page.Title);

/// <summary>A link of the site map and the links under it.</summary>
public sealed record SiteMapEntry(string Label, string? Url, IReadOnlyList<SiteMapEntry> Children)
{
    public SiteMapEntry(string label, string? url)
        : this(label, url, [])
    {
    }
}

public sealed record SiteMapViewModel(PageContent Page, IReadOnlyList<SiteMapEntry> Entries)
    : PageViewModel(Page.Title, Page.Summary ?? Page.Title);

public sealed class PagesQuery(PortalDbContext db)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    /// <summary>The pages of the site's footer and their order in the site map.</summary>
    public static readonly IReadOnlyList<string> FooterPages =
        ["accessibilite", "mentions-legales", "donnees-personnelles", "gestion-des-cookies", "contact", "plan-du-site"];

    public async Task<ContentPageViewModel?> LoadPageAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false) =>
        await PageContent.LoadAsync(db, slug, cancellationToken, includeUnpublished) is { } page
            ? new ContentPageViewModel(page) { Breadcrumb = [new Crumb(page.Title)] }
            : null;

    public async Task<ContactViewModel?> LoadContactAsync(CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var page = await PageContent.LoadAsync(db, "contact", cancellationToken, includeUnpublished);
        if (page is null)
        {
            return null;
        }
        var latest = await db.PressReleases.AsNoTracking()
            .Published()
            .Where(r => r.PressContacts.Any())
            .OrderByDescending(r => r.Date)
            .Select(r => new { r.Slug, r.Title, r.Date, r.PressContacts })
            .FirstOrDefaultAsync(cancellationToken);
        var contacts = latest is null ? [] : PressContactRecords.Of(latest.PressContacts, await PressContactRecords.LoadAsync(db, latest.PressContacts, cancellationToken));
        var press = latest is null || contacts.Count == 0
            ? null
            : new LatestPressContacts(latest.Slug, latest.Title, latest.Date, contacts);
        return new ContactViewModel(page, press) { Breadcrumb = [new Crumb(page.Title)] };
    }

    /// <summary>Every public address of the portal, from the database: one query per kind of item.</summary>
    public async Task<SiteMapViewModel?> LoadSiteMapAsync(CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var page = await PageContent.LoadAsync(db, "plan-du-site", cancellationToken, includeUnpublished);
        if (page is null)
        {
            return null;
        }
        var intentions = await db.Intentions.AsNoTracking().Published().OrderBy(i => i.Order)
            .Select(i => new SiteMapEntry(i.Title, PublicPaths.Intention(i.Slug))).ToListAsync(cancellationToken);
        var axes = await db.Axes.AsNoTracking().Published().OrderBy(a => a.Number)
            .Select(a => new { a.Number, a.Title, a.Slug }).ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking().Published()
            .Select(m => new SiteMapEntry(m.Title, PublicPaths.Measure(m.Slug))).ToListAsync(cancellationToken);
        // Ordered here: SQLite compares bytes and would put « Écoles » after « Zones ».
        measures.Sort((a, b) => _frenchOrder.Compare(a.Label, b.Label));
        var workshops = await db.Workshops.AsNoTracking().Published().OrderBy(w => w.Order)
            .Select(w => new { w.Kind, w.Number, w.Title, w.Slug }).ToListAsync(cancellationToken);
        var conferences = await db.Conferences.AsNoTracking().Published().OrderByDescending(c => c.Date)
            .Select(c => new SiteMapEntry(c.Title, PublicPaths.Conference(c.Slug))).ToListAsync(cancellationToken);
        var releases = await db.PressReleases.AsNoTracking().Published().OrderByDescending(r => r.Date)
            .Select(r => new { r.Title, r.Slug, r.Date }).ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().Published().Where(p => FooterPages.Contains(p.Slug))
            .Select(p => new { p.Slug, p.Title }).ToListAsync(cancellationToken);
        var governance = await db.Pages.AsNoTracking().Published().Where(p => p.Slug == "gouvernance")
            .Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);

        List<SiteMapEntry> entries =
        [
            new("Accueil", PublicPaths.Home),
            new("Je souhaite…", PublicPaths.Intentions, intentions),
            new("Les axes de la stratégie", PublicPaths.Axes,
                [.. axes.Select(a => new SiteMapEntry($"Axe {a.Number} — {Text.Capitalize(a.Title)}", PublicPaths.Axis(a.Slug)))]),
            new("Les mesures", PublicPaths.Measures, measures),
            new("Les ateliers et tables-rondes", PublicPaths.Workshops,
                [.. workshops.Select(w => new SiteMapEntry(WorkshopLabel(w.Kind, w.Number, w.Title), PublicPaths.Workshop(w.Slug)))]),
            new("Les conférences régionales", PublicPaths.Conferences, conferences),
            new("Communiqués de presse", PublicPaths.PressReleases,
                [
                    .. releases.Select(r => new SiteMapEntry($"{FrenchFormat.Date(r.Date)} — {r.Title}", PublicPaths.PressRelease(r.Slug))),
                    new SiteMapEntry("Contacts presse", PublicPaths.PressContacts),
                ]),
        ];
        if (governance is not null)
        {
            entries.Add(new SiteMapEntry(governance, PublicPaths.Governance, [new SiteMapEntry("Les groupes de travail", PublicPaths.WorkingGroups)]));
        }
        entries.Add(new SiteMapEntry("Recherche", PublicPaths.Search));
        entries.Add(new SiteMapEntry("Ma sélection", PublicPaths.Selection));
        entries.Add(new SiteMapEntry("Combien pour ma commune ?", PublicPaths.Estimates));
        entries.Add(new SiteMapEntry("Intégrer les mesures sur votre site", PublicPaths.Embed));
        entries.Add(new SiteMapEntry("Données ouvertes", PublicPaths.OpenData, [new SiteMapEntry("Référence de l'API", PublicPaths.ApiReference)]));
        entries.Add(new SiteMapEntry("Statistiques", PublicPaths.Statistics));
        foreach (var slug in FooterPages)
        {
            if (pages.Find(p => p.Slug == slug) is { } footerPage)
            {
                entries.Add(new SiteMapEntry(footerPage.Title, PublicPaths.Page(slug)));
            }
        }
        return new SiteMapViewModel(page, entries) { Breadcrumb = [new Crumb(page.Title)] };
    }

    private static string WorkshopLabel(WorkshopKind kind, string? number, string title) =>
        $"{Shared.WorkshopLabel.For(kind, number)} : {title}";
}
