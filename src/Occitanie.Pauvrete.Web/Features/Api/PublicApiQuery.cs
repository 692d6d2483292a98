using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.OpenData;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Api;

/// <summary>A page of measures, or why the request cannot be answered (parameter name → message).</summary>
public sealed record MeasureListResult(ApiPage<ApiMeasureSummary>? Page, IReadOnlyDictionary<string, string> Errors);

/// <summary>A measure's aid record as the database holds it (an EF projection), for the API and the open data.</summary>
public sealed record MeasureAid(
    List<string> Applicants,
    HelpKind? HelpKind,
    string? FundingUnit,
    string? FundingPeriod,
    DateOnly? ApplicationDeadline,
    bool IsPermanent,
    string? Territory)
{
    /// <summary>A measure of which the database knows no aid record (it was unpublished meanwhile).</summary>
    public static MeasureAid None { get; } = new([], null, null, null, null, false, null);

    /// <summary>« Permanent » is true only when a source says so: its absence is not a « no », so it is null, like every fact the sources do not give.</summary>
    public bool? Permanent => IsPermanent ? true : null;

    /// <summary>The stable French code of the kind of help (content files, API, open data), or null.</summary>
    public string? HelpKindCode => HelpKind is { } kind ? ContentValues.Word(kind) : null;

    public ApiAidRecord ToApi() => new()
    {
        Applicants = Applicants.Count == 0 ? null : Applicants,
        HelpKind = HelpKindCode,
        FundingUnit = FundingUnit,
        FundingPeriod = FundingPeriod,
        ApplicationDeadline = ApplicationDeadline,
        IsPermanent = Permanent,
        Territory = Territory,
    };
}

/// <summary>What the read-only API answers: published content only, in the shapes of ApiModels.cs.</summary>
public sealed class PublicApiQuery(PortalDbContext db, MeasureCatalogueQuery catalogue)
{
    /// <summary>
    /// The measures the catalogue (/mesures) lists for <paramref name="filter"/>, in its order, cut into
    /// pages of <paramref name="size"/>. A value naming an axis, an intention or a département that does
    /// not exist is an error rather than an empty page: a program would not see its typo otherwise.
    /// </summary>
    public async Task<MeasureListResult> ListMeasuresAsync(MeasureFilter filter, int page, int size, SiteAddress site, CancellationToken cancellationToken)
    {
        var errors = await UnknownValuesAsync(filter, cancellationToken);
        if (errors.Count > 0)
        {
            return new MeasureListResult(null, errors);
        }
        var measures = await catalogue.FilterAsync(filter, cancellationToken);
        var rows = measures.Skip((page - 1) * size).Take(size).ToList();
        // The catalogue's rows hold what its filters need; the aid records of the page come in one more query.
        var slugs = rows.Select(m => m.Slug).ToList();
        var aid = rows.Count == 0
            ? []
            : await db.Measures.AsNoTracking()
                .Published()
                .Where(m => slugs.Contains(m.Slug))
                .Select(m => new { m.Slug, Aid = new MeasureAid(m.Applicants, m.HelpKind, m.FundingUnit, m.FundingPeriod, m.ApplicationDeadline, m.IsPermanent, m.Territory) })
                .ToDictionaryAsync(m => m.Slug, m => m.Aid, StringComparer.Ordinal, cancellationToken);
        var items = rows
            .Select(m => new ApiMeasureSummary
            {
                Slug = m.Slug,
                Title = m.Title,
                Summary = m.Summary,
                Axis = m.AxisSlug is null ? null : new ApiAxisRef(m.AxisNumber, m.AxisSlug, m.AxisTitle),
                Intentions = [.. m.Intentions.Select(i => new ApiIntentionRef(i.Slug, i.Title))],
                Publics = m.Publics,
                Porteurs = m.Porteurs,
                Funding = MeasureFunding.AgreeingLineOf(m.Funding, m.FundingAmount),
                FundingAmount = Amount(m.FundingAmount),
                Url = site.For(PublicPaths.Measure(m.Slug)),
                UpdatedAt = OpenDataFiles.Utc(m.UpdatedAt),
                Aid = aid.GetValueOrDefault(m.Slug, MeasureAid.None).ToApi(),
            })
            .ToList();
        return new MeasureListResult(new ApiPage<ApiMeasureSummary>(measures.Count, page, size, items), new Dictionary<string, string>());
    }

    /// <returns>Null when no published measure has this slug.</returns>
    public async Task<ApiMeasure?> LoadMeasureAsync(string slug, SiteAddress site, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking()
            .Published()
            .Where(m => m.Slug == slug)
            .Select(m => new
            {
                m.Slug,
                m.Title,
                m.Summary,
                m.Body,
                Axis = m.Axis!.IsPublished ? new ApiAxisRef(m.Axis.Number, m.Axis.Slug, m.Axis.Title) : null,
                Intentions = m.Intentions.Where(i => i.IsPublished)
                    .OrderBy(i => i.Order)
                    .Select(i => new ApiIntentionRef(i.Slug, i.Title))
                    .ToList(),
                m.Publics,
                m.Porteurs,
                m.Funding,
                m.FundingAmount,
                m.FundingDetails,
                m.HowToApply,
                m.Contacts,
                m.Links,
                Workshops = m.Workshops.Where(w => w.IsPublished)
                    .OrderBy(w => w.Order)
                    .Select(w => new { w.Slug, w.Kind, w.Number, w.Title, w.Place })
                    .ToList(),
                m.EditorNote,
                m.Sources,
                m.UpdatedAt,
                Aid = new MeasureAid(m.Applicants, m.HelpKind, m.FundingUnit, m.FundingPeriod, m.ApplicationDeadline, m.IsPermanent, m.Territory),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }
        var sources = await SourceCitations.LoadAsync(db, measure.Sources, cancellationToken);
        return new ApiMeasure
        {
            Slug = measure.Slug,
            Title = measure.Title,
            Summary = measure.Summary,
            Body = measure.Body,
            Axis = measure.Axis,
            Intentions = measure.Intentions,
            Publics = measure.Publics,
            Porteurs = measure.Porteurs,
            Funding = MeasureFunding.AgreeingLineOf(measure.Funding, measure.FundingAmount),
            FundingAmount = Amount(measure.FundingAmount),
            FundingDetails = measure.FundingDetails,
            HowToApply = measure.HowToApply,
            Contacts = [.. measure.Contacts.Select(c => new ApiContact
            {
                Name = c.Name,
                Role = c.Role,
                Phone = c.Phone,
                Mobile = c.Mobile,
                Email = c.Email,
                Url = c.Url,
                Note = c.Note,
                Service = c.Service,
            })],
            Links = [.. measure.Links.Select(l => new ApiLink(l.Title, l.Url))],
            Workshops = [.. measure.Workshops.Select(w => new ApiWorkshopRef
            {
                Slug = w.Slug,
                Kind = ContentValues.Word(w.Kind),
                Number = w.Number,
                Title = w.Title,
                Place = w.Place,
                Url = site.For(PublicPaths.Workshop(w.Slug)),
            })],
            EditorNote = measure.EditorNote,
            Sources = [.. sources.Select(s => new ApiSource(s.Title, s.Location))],
            Url = site.For(PublicPaths.Measure(measure.Slug)),
            UpdatedAt = OpenDataFiles.Utc(measure.UpdatedAt),
            Aid = measure.Aid.ToApi(),
        };
    }

    /// <summary>Every published session, in the guide's order.</summary>
    public async Task<IReadOnlyList<ApiWorkshop>> ListWorkshopsAsync(SiteAddress site, CancellationToken cancellationToken)
    {
        var workshops = await db.Workshops.AsNoTracking()
            .Published()
            .OrderBy(w => w.Order)
            .Select(w => new
            {
                w.Slug,
                w.Kind,
                w.Number,
                w.Title,
                Intention = w.Intention!.IsPublished ? new ApiIntentionRef(w.Intention.Slug, w.Intention.Title) : null,
                w.Place,
                w.Commune,
                Departement = w.Departement != null && w.Departement.IsPublished
                    ? new ApiDepartement(w.Departement.Code, w.Departement.Name)
                    : null,
                w.Speakers,
                Measures = w.Measures.Where(m => m.IsPublished).OrderBy(m => m.Slug).Select(m => m.Slug).ToList(),
                w.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        return workshops
            .Select(w => new ApiWorkshop
            {
                Slug = w.Slug,
                Kind = ContentValues.Word(w.Kind),
                Number = w.Number,
                Title = w.Title,
                Intention = w.Intention,
                Place = w.Place,
                Commune = w.Commune,
                Departement = w.Departement,
                Speakers = [.. w.Speakers.Select(s => new ApiSpeaker(s.Name, s.Role, ContentValues.Word(s.Kind)))],
                Measures = w.Measures,
                Url = site.For(PublicPaths.Workshop(w.Slug)),
                UpdatedAt = OpenDataFiles.Utc(w.UpdatedAt),
            })
            .ToList();
    }

    /// <summary>Every published press release, the latest first.</summary>
    public async Task<IReadOnlyList<ApiPressRelease>> ListPressReleasesAsync(SiteAddress site, CancellationToken cancellationToken) =>
        (await db.PressReleases.AsNoTracking()
            .Published()
            .OrderByDescending(r => r.Date)
            .ThenBy(r => r.Slug)
            .Select(r => new { r.Slug, r.Date, r.Place, r.Emitter, r.Title, r.Lead, r.Body, r.UpdatedAt })
            .ToListAsync(cancellationToken))
        .Select(r => new ApiPressRelease
        {
            Slug = r.Slug,
            Date = r.Date,
            Place = r.Place,
            Emitter = r.Emitter,
            Title = r.Title,
            Lead = r.Lead,
            Body = r.Body,
            Url = site.For(PublicPaths.PressRelease(r.Slug)),
            UpdatedAt = OpenDataFiles.Utc(r.UpdatedAt),
        })
        .ToList();

    /// <summary>The six axes with the number of their published measures.</summary>
    public async Task<IReadOnlyList<ApiAxis>> ListAxesAsync(SiteAddress site, CancellationToken cancellationToken) =>
        (await db.Axes.AsNoTracking()
            .Published()
            .OrderBy(a => a.Number)
            .Select(a => new { a.Number, a.Slug, a.Title, a.Summary, Count = a.Measures.Count(m => m.IsPublished) })
            .ToListAsync(cancellationToken))
        .Select(a => new ApiAxis
        {
            Number = a.Number,
            Slug = a.Slug,
            Title = a.Title,
            Summary = a.Summary,
            MeasureCount = a.Count,
            Url = site.For(PublicPaths.Axis(a.Slug)),
        })
        .ToList();

    /// <summary>The intentions « Je souhaite… » in the guide's order, with the number of their published measures.</summary>
    public async Task<IReadOnlyList<ApiIntention>> ListIntentionsAsync(SiteAddress site, CancellationToken cancellationToken) =>
        (await db.Intentions.AsNoTracking()
            .Published()
            .OrderBy(i => i.Order)
            .Select(i => new { i.Order, i.Slug, i.Title, i.Summary, Count = i.Measures.Count(m => m.IsPublished) })
            .ToListAsync(cancellationToken))
        .Select(i => new ApiIntention
        {
            Order = i.Order,
            Slug = i.Slug,
            Title = i.Title,
            Summary = i.Summary,
            MeasureCount = i.Count,
            Url = site.For(PublicPaths.Intention(i.Slug)),
        })
        .ToList();

    private static decimal? Amount(decimal? value) => value is { } amount ? OpenDataFiles.Normalize(amount) : null;

    /// <summary>
    /// The filter values that name nothing published, compared as the catalogue compares them
    /// (slugs ignoring case, INSEE codes exactly). Only the few values asked for are looked up.
    /// </summary>
    private async Task<Dictionary<string, string>> UnknownValuesAsync(MeasureFilter filter, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (filter.Axis is { } axis)
        {
            var axes = await db.Axes.AsNoTracking().Published().Select(a => a.Slug).ToListAsync(cancellationToken);
            if (!axes.Contains(axis, StringComparer.OrdinalIgnoreCase))
            {
                errors["axe"] = $"L'axe « {axis} » n'existe pas. Les valeurs possibles sont les slugs de /api/axes : {string.Join(", ", axes.Order(StringComparer.Ordinal))}.";
            }
        }
        if (filter.Intention is { } intention)
        {
            var intentions = await db.Intentions.AsNoTracking().Published().Select(i => i.Slug).ToListAsync(cancellationToken);
            if (!intentions.Contains(intention, StringComparer.OrdinalIgnoreCase))
            {
                errors["intention"] = $"L'intention « {intention} » n'existe pas. Les valeurs possibles sont les slugs de /api/intentions : {string.Join(", ", intentions.Order(StringComparer.Ordinal))}.";
            }
        }
        if (filter.Departement is { } departement)
        {
            var codes = await db.Departements.AsNoTracking().Published().Select(d => d.Code).ToListAsync(cancellationToken);
            if (!codes.Contains(departement, StringComparer.Ordinal))
            {
                errors["departement"] = $"Le département « {departement} » n'existe pas. Donnez le code INSEE d'un département d'Occitanie : {string.Join(", ", codes.Order(StringComparer.Ordinal))}.";
            }
        }
        return errors;
    }
}
