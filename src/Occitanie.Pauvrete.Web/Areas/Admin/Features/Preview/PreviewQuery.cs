using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Axes;
using Occitanie.Pauvrete.Web.Features.Conferences;
using Occitanie.Pauvrete.Web.Features.Governance;
using Occitanie.Pauvrete.Web.Features.Intentions;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Pages;
using Occitanie.Pauvrete.Web.Features.PressReleases;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;

/// <summary>
/// What the preview shows: the public view of the item's page with the public query's model and
/// the notice the public layout adds; or, with no <see cref="Notice"/>, the admin's own page
/// saying where an item without a page of its own appears.
/// </summary>
public sealed record PreviewPage(string ViewName, object Model, PreviewNotice? Notice);

/// <summary>An item shown on another page (a funding line, a key figure, a département) or shown nowhere (a page without an address).</summary>
/// <param name="PublicPath">Where the public sees it once published; null when nowhere, or on pages without one address.</param>
/// <param name="PublicPlace">That page in words, « la page d'accueil, section… »; null when nowhere.</param>
public sealed record ElsewhereViewModel(ContentKind Kind, Guid Id, string Title, PublicationStatus Status, string? PublicPath, string? PublicPlace);

/// <summary>
/// Staff's preview of one item, any status (draft, published, in the trash): the public page as
/// the public will see it once the item is published. Only the item itself is read whatever its
/// status; what it links to stays published only, as the public will see it.
/// </summary>
public sealed class PreviewQuery(
    PortalDbContext db,
    MeasurePageQuery measures,
    IntentionQuery intentions,
    AxesQuery axes,
    WorkshopsQuery workshops,
    ConferencesQuery conferences,
    PressReleasesQuery pressReleases,
    PagesQuery pages,
    GovernanceQuery governance)
{
    private const string ContactSlug = "contact";
    private const string SiteMapSlug = "plan-du-site";

    /// <returns>Null when <paramref name="kindSlug"/> is no kind staff edit or no item of it has <paramref name="id"/>.</returns>
    public async Task<PreviewPage?> LoadAsync(string kindSlug, Guid id, SiteAddress site, CancellationToken cancellationToken)
    {
        if (ContentKinds.BySlug(kindSlug) is not { } kind)
        {
            return null;
        }
        // The whole item, one row by its key: the registry's TitleOf and PublicPathOf read it.
        if (await db.FindAsync(kind.EntityType, [id], cancellationToken) is not EditableEntity item)
        {
            return null;
        }
        var slug = item.Key;
        var (view, model) = item switch
        {
            Measure => ("/Features/Measures/Show.cshtml", await measures.LoadAsync(slug, cancellationToken, includeUnpublished: true)),
            Intention => ("/Features/Intentions/Show.cshtml", await intentions.LoadAsync(slug, cancellationToken, includeUnpublished: true)),
            Axis => ("/Features/Axes/Axis.cshtml", await axes.LoadAxisAsync(slug, cancellationToken, includeUnpublished: true)),
            Workshop => ("/Features/Workshops/Show.cshtml", await workshops.LoadAsync(slug, cancellationToken, includeUnpublished: true)),
            Conference => ("/Features/Conferences/Show.cshtml", await conferences.LoadAsync(slug, cancellationToken, includeUnpublished: true)),
            PressRelease => ("/Features/PressReleases/Release.cshtml", await pressReleases.LoadReleaseAsync(slug, site, cancellationToken, includeUnpublished: true)),
            WorkingGroup => ("/Features/Governance/WorkingGroups.cshtml", await governance.LoadWorkingGroupsAsync(cancellationToken, previewed: item.Id)),
            Page when slug == ContactSlug => ("/Features/Pages/Contact.cshtml", await pages.LoadContactAsync(cancellationToken, includeUnpublished: true)),
            Page when slug == SiteMapSlug => ("/Features/Pages/SiteMap.cshtml", await pages.LoadSiteMapAsync(cancellationToken, includeUnpublished: true)),
            Page when slug == GovernanceQuery.GovernanceSlug => ("/Features/Governance/Index.cshtml", await governance.LoadGovernanceAsync(cancellationToken, includeUnpublished: true)),
            Page when PagesQuery.FooterPages.Contains(slug) => ("/Features/Pages/Page.cshtml", await pages.LoadPageAsync(slug, cancellationToken, includeUnpublished: true)),
            // By its path: « Prévisualiser les modifications » shows it from the content controller too.
            _ => ("/Areas/Admin/Features/Preview/Elsewhere.cshtml", (object?)await ElsewhereAsync(kind, item, cancellationToken)),
        };
        if (model is null)
        {
            return null;
        }
        return new PreviewPage(view, model, model is ElsewhereViewModel ? null : new PreviewNotice(Message(item), kind.EditPath(id), kind.PublicPathOf(item)));
    }

    private static string Message(EditableEntity item) => (item, item.Status) switch
    {
        (WorkingGroup, PublicationStatus.Draft) => "Ce groupe de travail est un brouillon : le public ne le voit pas encore sur cette page.",
        (WorkingGroup, PublicationStatus.Deleted) => "Ce groupe de travail est dans la corbeille : le public ne le voit pas sur cette page.",
        (WorkingGroup, _) => "Ce groupe de travail est publié : le public le voit sur cette page.",
        (_, PublicationStatus.Draft) => "Cette page est un brouillon : elle n'est pas encore publique.",
        (_, PublicationStatus.Deleted) => "Cette page est dans la corbeille : elle n'est pas publique.",
        _ => "Cette page est publiée : le public la voit telle quelle.",
    };

    private async Task<ElsewhereViewModel> ElsewhereAsync(ContentKind kind, EditableEntity item, CancellationToken cancellationToken)
    {
        var (path, place) = item switch
        {
            FundingLine => ("/#financements", "la page d'accueil, section « Les moyens déployés par l'État » (qui montre les lignes de l'année la plus récente)"),
            KeyFigure { AxisId: { } axisId } => await AxisPlaceAsync(axisId, cancellationToken),
            KeyFigure => ("/#chiffres-cles", "la page d'accueil, section « Chiffres clés »"),
            Departement => (kind.PublicPathOf(item), "la liste des mesures filtrée sur ce département, et la liste des ateliers"),
            LocalContact contact => (null, await LocalContactPlaceAsync(contact, cancellationToken)),
            PressContact => (kind.PublicPathOf(item), "la page « Contacts presse » et les pages des communiqués qui le citent"),
            SourceDocument => (null, "la liste « Sources » de la section « Sources et notes de la rédaction », à la fin des pages qui le citent"),
            _ => (kind.PublicPathOf(item), null),
        };
        return new ElsewhereViewModel(kind, item.Id, kind.TitleOf(item), item.Status, path, place ?? path);
    }

    /// <summary>A département's contact has no page: it is offered on the pages of the measures whose contact is its service.</summary>
    private async Task<string> LocalContactPlaceAsync(LocalContact contact, CancellationToken cancellationToken)
    {
        var departement = await db.Departements.AsNoTracking()
            .Where(d => d.Id == contact.DepartementId)
            .Select(d => d.Name)
            .SingleOrDefaultAsync(cancellationToken);
        return $"les pages des mesures dont un contact a pour service départemental « {contact.Service} », quand le lecteur y choisit le département « {departement} »";
    }

    private async Task<(string?, string?)> AxisPlaceAsync(Guid axisId, CancellationToken cancellationToken)
    {
        var axis = await db.Axes.AsNoTracking()
            .Where(a => a.Id == axisId)
            .Select(a => new { a.Number, a.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        return axis is null ? (null, null) : (PublicPaths.Axis(axis.Slug), $"la page de l'axe {axis.Number}");
    }
}
