using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Intentions;

/// <summary>One intention « Je souhaite… » with what answers it: measures, sessions of the guide, contacts.</summary>
public sealed class IntentionQuery(PortalDbContext db)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<IntentionViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var intention = await db.Intentions.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(i => i.Slug == slug)
            .Select(i => new { i.Id, i.Title, i.Summary, i.Body, i.EditorNote, i.Aliases, i.Sources })
            .SingleOrDefaultAsync(cancellationToken);
        if (intention is null)
        {
            return null;
        }

        var measures = await db.Measures.AsNoTracking()
            .Published()
            .Where(m => m.Intentions.Any(i => i.Id == intention.Id))
            .Select(m => new
            {
                m.Slug,
                m.Title,
                m.Summary,
                m.Funding,
                AxisShown = m.Axis!.IsPublished,
                AxisNumber = m.Axis.Number,
                AxisTitle = m.Axis.Title,
                m.Contacts,
            })
            .ToListAsync(cancellationToken);
        // Sorted here rather than by the database: SQLite compares bytes, which puts « É » after « Z ».
        measures.Sort((a, b) => _frenchOrder.Compare(a.Title, b.Title));

        var workshops = await db.Workshops.AsNoTracking()
            .Published()
            .Where(w => w.IntentionId == intention.Id)
            .OrderBy(w => w.Order)
            .Select(w => new
            {
                w.Kind,
                w.Number,
                w.Slug,
                w.Title,
                w.Place,
                w.Commune,
                Departement = w.Departement != null && w.Departement.IsPublished ? w.Departement.Name : null,
                w.Speakers,
            })
            .ToListAsync(cancellationToken);

        var sources = await SourceCitations.LoadAsync(db, intention.Sources, cancellationToken);

        return new IntentionViewModel(intention.Title, intention.Summary)
        {
            Body = intention.Body,
            EditorNote = intention.EditorNote,
            Aliases = intention.Aliases,
            Measures = measures.Select(m => new IntentionMeasure(
                m.Slug, m.Title, m.Summary, m.Funding, m.AxisShown ? m.AxisNumber : null, m.AxisShown ? m.AxisTitle : null)).ToList(),
            Workshops = workshops.Select(w => new IntentionWorkshop(
                w.Kind,
                WorkshopLabel.For(w.Kind, w.Number),
                w.Slug,
                w.Title,
                Where(w.Place, w.Commune, w.Departement),
                w.Speakers.Select(s => new IntentionSpeaker(s.Name, s.Role)).ToList())).ToList(),
            Contacts = Deduplicate(measures.SelectMany(m => m.Contacts.Select(c => (Contact: c, Measure: m.Title)))),
            Sources = sources,
            Breadcrumb = [new Crumb("Je souhaite…", PublicPaths.IntentionsOnHome), new Crumb(intention.Title)],
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
