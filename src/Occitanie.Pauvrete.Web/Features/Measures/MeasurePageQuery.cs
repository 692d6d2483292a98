using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

public sealed record MeasureAxisLink(int Number, string Slug, string Title);

public sealed record MeasureIntentionLink(string Slug, string Title);

/// <summary>A workshop or round table of the guide where the measure was presented.</summary>
public sealed record MeasureWorkshopLink(WorkshopKind Kind, string? Number, string Slug, string Title, string Place)
{
    public string Label => WorkshopLabel.For(Kind, Number);
}

public sealed record MeasurePageViewModel(string Heading, string? Summary)
    : PageViewModel(Heading, Summary ?? Heading)
{
    public required string Slug { get; init; }

    public required string Body { get; init; }

    public required string? EditorNote { get; init; }

    public required string? Funding { get; init; }

    public required string? FundingDetails { get; init; }

    public required string? HowToApply { get; init; }

    public required MeasureAxisLink? Axis { get; init; }

    public required IReadOnlyList<MeasureIntentionLink> Intentions { get; init; }

    public required IReadOnlyList<string> Publics { get; init; }

    public required IReadOnlyList<string> Porteurs { get; init; }

    public required IReadOnlyList<Contact> Contacts { get; init; }

    public required IReadOnlyList<Link> Links { get; init; }

    public required IReadOnlyList<MeasureWorkshopLink> Workshops { get; init; }

    public required IReadOnlyList<MeasureCatalogueItem> Related { get; init; }

    public required IReadOnlyList<SourceCitation> Sources { get; init; }

    public bool HasFunding => !string.IsNullOrWhiteSpace(Funding) || !string.IsNullOrWhiteSpace(FundingDetails);

    /// <summary>A public service of the State in Occitanie, carried by its porteurs, for its publics, of its axis.</summary>
    public override SchemaOrg.Thing StructuredData(string pageUrl) => new SchemaOrg.GovernmentService
    {
        Name = Heading,
        Description = Summary,
        ServiceType = Axis is null ? null : Text.Capitalize(Axis.Title),
        Provider = Porteurs.Count == 0 ? null : [.. Porteurs.Select(p => new SchemaOrg.Organization(p))],
        Audience = Publics.Count == 0 ? null : [.. Publics.Select(p => new SchemaOrg.Audience(p))],
        AreaServed = SchemaOrg.Occitanie,
        Url = pageUrl,
    };
}

/// <summary>One published measure with everything an elected official needs to act on it.</summary>
public sealed class MeasurePageQuery(PortalDbContext db)
{
    /// <summary>How many other measures of the same axis the page suggests.</summary>
    public const int RelatedCount = 4;

    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <returns>Null when no published measure has this slug.</returns>
    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<MeasurePageViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var measure = await db.Measures.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(m => m.Slug == slug)
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Title,
                m.Summary,
                m.Body,
                m.EditorNote,
                m.Funding,
                m.FundingDetails,
                m.HowToApply,
                m.AxisId,
                Axis = m.Axis!.IsPublished ? new MeasureAxisLink(m.Axis!.Number, m.Axis!.Slug, m.Axis!.Title) : null,
                Intentions = m.Intentions.Where(i => i.IsPublished)
                    .OrderBy(i => i.Order)
                    .Select(i => new MeasureIntentionLink(i.Slug, i.Title))
                    .ToList(),
                m.Publics,
                m.Porteurs,
                m.Contacts,
                m.Links,
                Workshops = m.Workshops.Where(w => w.IsPublished)
                    .OrderBy(w => w.Order)
                    .Select(w => new MeasureWorkshopLink(w.Kind, w.Number, w.Slug, w.Title, w.Place))
                    .ToList(),
                m.Sources,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var sources = await SourceCitations.LoadAsync(db, measure.Sources, cancellationToken);

        var related = new List<MeasureCatalogueItem>();
        if (measure.Axis is not null)
        {
            var intentionSlugs = measure.Intentions.Select(i => i.Slug).ToList();
            // The axis holds a dozen measures: sort them in memory, in French order, those sharing an intention first.
            var sameAxis = await db.Measures.AsNoTracking()
                .Published()
                .Where(m => m.AxisId == measure.AxisId && m.Id != measure.Id)
                .Select(m => new
                {
                    Item = new MeasureCatalogueItem(m.Slug, m.Title, m.Summary, measure.Axis.Number, m.Funding),
                    SharesIntention = m.Intentions.Any(i => i.IsPublished && intentionSlugs.Contains(i.Slug)),
                })
                .ToListAsync(cancellationToken);
            related = [.. sameAxis
                .OrderByDescending(m => m.SharesIntention)
                .ThenBy(m => m.Item.Title, _frenchOrder)
                .Take(RelatedCount)
                .Select(m => m.Item)];
        }

        return new MeasurePageViewModel(measure.Title, measure.Summary)
        {
            Slug = measure.Slug,
            Body = measure.Body,
            EditorNote = measure.EditorNote,
            Funding = measure.Funding,
            FundingDetails = measure.FundingDetails,
            HowToApply = measure.HowToApply,
            Axis = measure.Axis,
            Intentions = measure.Intentions,
            Publics = measure.Publics,
            Porteurs = measure.Porteurs,
            Contacts = measure.Contacts,
            Links = measure.Links,
            Workshops = measure.Workshops,
            Related = related,
            Sources = sources,
            Breadcrumb = [new Crumb("Mesures", PublicPaths.Measures), new Crumb(measure.Title)],
        };
    }
}
