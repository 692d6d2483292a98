using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

public sealed record MeasureAxisLink(int Number, string Slug, string Title);

public sealed record MeasureIntentionLink(string Slug, string Title);

/// <summary>A workshop or round table of the guide where the measure was presented, and when (its conference's date).</summary>
public sealed record MeasureWorkshopLink(WorkshopKind Kind, string? Number, string Slug, string Title, string Place, DateOnly? HeldOn, DatePrecision Precision)
{
    public string Label => WorkshopLabel.For(Kind, Number);

    /// <summary>« Tenu le 7 juillet 2021 », or null when the session is tied to no published conference.</summary>
    public string? When => HeldOn is { } date ? WorkshopLabel.HeldOn(Kind, date, Precision) : null;
}

public sealed record MeasurePageViewModel(string Heading, string? Summary)
    : PageViewModel(Heading, Summary ?? Heading)
{
    /// <summary>How long the summary under the title may be: about a line on a computer, three on a phone.</summary>
    public const int IntroductionLength = 120;

    public required string Slug { get; init; }

    public required string Body { get; init; }

    public required MeasureEssentials Essentials { get; init; }

    public required MeasureFunding Funding { get; init; }

    public required string? FundingDetails { get; init; }

    /// <summary>The funding as a rule a source states, for « Combien pour ma commune ? »; null: no estimate.</summary>
    public FundingRule? Rule { get; init; }

    /// <summary>The reader's numbers as typed (<c>?quantite=…&amp;annees=…</c>), kept in the form.</summary>
    public string? EstimateQuantity { get; init; }

    public string? EstimateYears { get; init; }

    /// <summary>The estimate for the reader's numbers, or what is wrong with them; null until they give one.</summary>
    public FundingEstimateResult? Estimate { get; init; }

    public required string? HowToApply { get; init; }

    public required IReadOnlyList<string> Applicants { get; init; }

    public required HelpKind? HelpKind { get; init; }

    public required string? Territory { get; init; }

    public required DateOnly? ApplicationDeadline { get; init; }

    public required bool IsPermanent { get; init; }

    public required MeasureAxisLink? Axis { get; init; }

    public required IReadOnlyList<MeasureIntentionLink> Intentions { get; init; }

    public required IReadOnlyList<string> Publics { get; init; }

    public required IReadOnlyList<string> Porteurs { get; init; }

    public required IReadOnlyList<Contact> Contacts { get; init; }

    /// <summary>The département choice for « the service of your département »; null when no contact is one.</summary>
    public required DepartementChoice? Departements { get; init; }

    public required IReadOnlyList<Link> Links { get; init; }

    public required IReadOnlyList<MeasureWorkshopLink> Workshops { get; init; }

    public required IReadOnlyList<MeasureCatalogueItem> Related { get; init; }

    public required ItemSources Sources { get; init; }

    /// <summary>The summary on about one line under the title; the whole of it opens the presentation when cut.</summary>
    public string? Introduction => Summary is null ? null : Text.Excerpt(Summary, IntroductionLength);

    /// <summary>The summary in full, at the head of the presentation, when the introduction cut it and the body does not say it.</summary>
    public string? SummaryInFull =>
        Summary is not null && Introduction != Text.Excerpt(Summary, int.MaxValue) && !Squeezed(Body).Contains(Squeezed(Summary), StringComparison.Ordinal)
            ? Summary
            : null;

    /// <summary>What the characteristics list shows (kind of help, territory, calendar, publics, porteurs, strategy).</summary>
    public bool HasCharacteristics =>
        HelpKind is not null || Territory is not null || ApplicationDeadline is not null || IsPermanent
        || Applicants.Count > 0 || Publics.Count > 0 || Porteurs.Count > 0 || Axis is not null || Intentions.Count > 0;

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '*' && c != '_'));

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
public sealed class MeasurePageQuery(PortalDbContext db, MarkdownRenderer markdown)
{
    /// <summary>How many other measures of the same axis the page suggests.</summary>
    public const int RelatedCount = 4;

    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <returns>Null when no published measure has this slug.</returns>
    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    /// <param name="departement">The INSEE code of the reader's département (<c>?departement=11</c>), for the measure's departmental contacts.</param>
    /// <param name="quantity">The reader's number for the measure's funding rule (<c>?quantite=</c>), when they asked for an estimate.</param>
    /// <param name="years">The years for a yearly rule (<c>?annees=</c>).</param>
    public async Task<MeasurePageViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false, string? departement = null, string? quantity = null, string? years = null)
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
                m.FundingAmount,
                m.FundingUnit,
                m.FundingPeriod,
                m.FundingDetails,
                m.FundingRule,
                m.FundingRuleQuantity,
                m.FundingRuleShare,
                m.FundingRuleYears,
                m.FundingRuleCap,
                m.FundingRuleConditions,
                m.HowToApply,
                m.Applicants,
                m.HelpKind,
                m.Territory,
                m.ApplicationDeadline,
                m.IsPermanent,
                m.VerifiedOn,
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
                    .Select(w => new MeasureWorkshopLink(
                        w.Kind,
                        w.Number,
                        w.Slug,
                        w.Title,
                        w.Place,
                        w.Conference != null && w.Conference.IsPublished ? w.Conference.Date : null,
                        w.Conference != null && w.Conference.IsPublished ? w.Conference.DatePrecision : DatePrecision.Day))
                    .ToList(),
                m.Sources,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        var sources = await ItemSources.LoadAsync(db, measure.Sources, measure.VerifiedOn, measure.EditorNote, cancellationToken);
        var departements = await DepartementChoice.LoadAsync(db, measure.Contacts, departement, cancellationToken);
        var funding = new MeasureFunding(measure.Funding, measure.FundingAmount, measure.FundingUnit, measure.FundingPeriod);
        var essentials = MeasureEssentials.Of(
            funding,
            measure.Applicants,
            markdown.FirstStep(measure.HowToApply),
            measure.Links,
            measure.Contacts,
            departements?.Offices.Select(o => o.Contact).FirstOrDefault(c => c is not null),
            measure.HelpKind,
            measure.Porteurs,
            measure.Workshops,
            measure.Publics,
            measure.Axis);

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
                    Item = new MeasureCatalogueItem(m.Slug, m.Title, m.Summary, measure.Axis.Number, MeasureFunding.FactOf(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod)),
                    SharesIntention = m.Intentions.Any(i => i.IsPublished && intentionSlugs.Contains(i.Slug)),
                })
                .ToListAsync(cancellationToken);
            related = [.. sameAxis
                .OrderByDescending(m => m.SharesIntention)
                .ThenBy(m => m.Item.Title, _frenchOrder)
                .Take(RelatedCount)
                .Select(m => m.Item)];
        }

        var rule = FundingRule.Of(measure.FundingRule, measure.FundingAmount, measure.FundingUnit, measure.Funding, measure.FundingRuleQuantity,
            measure.FundingRuleShare, measure.FundingRuleYears, measure.FundingRuleCap, measure.FundingRuleConditions);
        return new MeasurePageViewModel(measure.Title, measure.Summary)
        {
            Rule = rule,
            // Shown back as typed; a value longer than any number is cut, not echoed whole.
            EstimateQuantity = quantity is { Length: > 40 } ? quantity[..40] : quantity,
            EstimateYears = years is { Length: > 10 } ? years[..10] : years,
            Estimate = rule is not null && quantity is not null ? rule.Estimate(quantity, years) : null,
            Slug = measure.Slug,
            Body = measure.Body,
            Essentials = essentials,
            Funding = funding,
            FundingDetails = measure.FundingDetails,
            HowToApply = measure.HowToApply,
            Applicants = measure.Applicants,
            HelpKind = measure.HelpKind,
            Territory = string.IsNullOrWhiteSpace(measure.Territory) ? null : measure.Territory.Trim(),
            ApplicationDeadline = measure.ApplicationDeadline,
            IsPermanent = measure.IsPermanent,
            Axis = measure.Axis,
            Intentions = measure.Intentions,
            Publics = measure.Publics,
            Porteurs = measure.Porteurs,
            Contacts = measure.Contacts,
            Departements = departements,
            Links = measure.Links,
            Workshops = measure.Workshops,
            Related = related,
            Sources = sources,
            Breadcrumb = [new Crumb("Mesures", PublicPaths.Measures), new Crumb(measure.Title)],
        };
    }
}
