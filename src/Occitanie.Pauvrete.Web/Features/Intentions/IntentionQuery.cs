using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Features.Intentions;

/// <summary>The intentions « Je souhaite… », and one intention with what answers it: measures, sessions of the guide, contacts.</summary>
public sealed class IntentionQuery(PortalDbContext db)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <summary>The published intentions in the guide's order, with how many measures and sessions answer each.</summary>
    public async Task<IntentionsViewModel> ListAsync(CancellationToken cancellationToken)
    {
        var intentions = await db.Intentions.AsNoTracking()
            .Published()
            .OrderBy(i => i.Order)
            .Select(i => new IntentionListItem(
                i.Slug,
                i.Title,
                i.Summary,
                db.Measures.Count(m => m.IsPublished && (m.Intentions.Any(x => x.Id == i.Id) || m.Workshops.Any(w => w.IsPublished && w.IntentionId == i.Id))),
                i.Workshops.Count(w => w.IsPublished)))
            .ToListAsync(cancellationToken);
        return new IntentionsViewModel(intentions) { Breadcrumb = [new Crumb(IntentionsViewModel.IntentionsTitle)] };
    }

    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<IntentionViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var intention = await db.Intentions.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(i => i.Slug == slug)
            .Select(i => new { i.Id, i.Title, i.Summary, i.Body, i.EditorNote, i.Aliases, i.Sources, i.VerifiedOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (intention is null)
        {
            return null;
        }

        // The measures tied to the intention, and those its sessions presented: the guide ties a
        // measure to an intention by presenting it at one of the intention's sessions.
        var measures = await db.Measures.AsNoTracking()
            .Published()
            .Where(m => m.Intentions.Any(i => i.Id == intention.Id) || m.Workshops.Any(w => w.IsPublished && w.IntentionId == intention.Id))
            .Select(m => new
            {
                m.Slug,
                m.Title,
                m.Funding,
                m.FundingAmount,
                m.FundingUnit,
                m.FundingPeriod,
                AxisShown = m.Axis!.IsPublished,
                AxisNumber = m.Axis.Number,
                AxisTitle = m.Axis.Title,
                m.Contacts,
                Sessions = m.Workshops
                    .Where(w => w.IsPublished && w.IntentionId == intention.Id)
                    .OrderBy(w => w.Order)
                    .Select(w => new
                    {
                        w.Order,
                        w.Kind,
                        w.Number,
                        w.Slug,
                        w.Place,
                        w.Commune,
                        Departement = w.Departement != null && w.Departement.IsPublished ? w.Departement.Name : null,
                    })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var workshops = await db.Workshops.AsNoTracking()
            .Published()
            .Where(w => w.IntentionId == intention.Id)
            .OrderBy(w => w.Order)
            .Select(WorkshopSummary.Of)
            .ToListAsync(cancellationToken);

        var sources = await ItemSources.LoadAsync(db, intention.Sources, intention.VerifiedOn, intention.EditorNote, cancellationToken);

        var cards = measures
            .Select(m => (
                FirstSession: m.Sessions.Count == 0 ? (int?)null : m.Sessions[0].Order,
                Card: new IntentionMeasure(
                    m.Slug,
                    m.Title,
                    new MeasureFunding(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod),
                    m.AxisShown ? m.AxisNumber : null,
                    m.AxisShown ? m.AxisTitle : null,
                    m.Contacts.Select(c => c.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
                    [.. m.Sessions.Select(s => new IntentionMeasureSession(WorkshopLabel.For(s.Kind, s.Number), s.Slug, Where(s.Place, s.Commune, s.Departement)))])))
            .ToList();
        return new IntentionViewModel(intention.Title, intention.Summary)
        {
            Body = intention.Body,
            Aliases = intention.Aliases,
            // Sorted here rather than by the database: SQLite compares bytes, which puts « É » after « Z ».
            GuideMeasures = [.. cards.Where(c => c.FirstSession is not null).OrderBy(c => c.FirstSession).ThenBy(c => c.Card.Title, _frenchOrder).Select(c => c.Card)],
            OtherMeasures = [.. cards.Where(c => c.FirstSession is null).OrderBy(c => c.Card.Title, _frenchOrder).Select(c => c.Card)],
            Workshops = workshops.Select(w => new IntentionWorkshop(
                w.Kind,
                WorkshopLabel.For(w.Kind, w.Number),
                w.Slug,
                w.Title,
                Where(w.Place, w.Commune, w.Departement),
                w.HeldOn is { } date ? WorkshopLabel.HeldOn(w.Kind, date, w.HeldPrecision) : null,
                w.Speakers.Select(s => new IntentionSpeaker(s.Name, s.Role)).ToList())).ToList(),
            Contacts = Deduplicate(measures.SelectMany(m => m.Contacts.Select(c => (Contact: c, Measure: m.Title)))),
            Sources = sources,
            Breadcrumb = [new Crumb(IntentionsViewModel.IntentionsTitle, PublicPaths.Intentions), new Crumb(intention.Title)],
        };
    }

    /// <summary>"Capendu (Aude)" when the guide names the commune, else the place as the guide writes it ("ARS, régional").</summary>
    private static string Where(string place, string? commune, string? departement) =>
        commune is not null && departement is not null ? $"{commune} ({departement})" : place;

    /// <summary>
    /// One entry per contact, whichever measures print it, with the measures it answers for: the
    /// same office (ASP, CAF…) often serves several measures of an intention.
    /// </summary>
    private static List<IntentionContact> Deduplicate(IEnumerable<(Contact Contact, string Measure)> contacts) =>
        contacts
            .GroupBy(c => (Normalize(c.Contact.Name), Normalize(c.Contact.Phone), Normalize(c.Contact.Email), Normalize(c.Contact.Url)))
            .Select(g => new IntentionContact(g.First().Contact, g.Select(c => c.Measure).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();

    private static string Normalize(string? value) =>
        string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
