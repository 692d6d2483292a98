using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Workshops;

public sealed class WorkshopsQuery(PortalDbContext db, MarkdownRenderer markdown)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    /// <summary>Every published session, by intention and by département; <paramref name="departement"/> (an INSEE code) narrows the département list.</summary>
    public async Task<WorkshopsViewModel> ListAsync(string? departement, CancellationToken cancellationToken)
    {
        var workshops = await db.Workshops.AsNoTracking()
            .Published()
            .Where(w => w.Intention!.IsPublished)
            .OrderBy(w => w.Order)
            .Select(w => new
            {
                w.Slug,
                w.Kind,
                w.Number,
                w.Title,
                w.Place,
                w.IntentionId,
                w.DepartementId,
                Conference = w.Conference != null && w.Conference.IsPublished
                    ? new ConferenceLink(w.Conference.Slug, w.Conference.Title)
                    : null,
            })
            .ToListAsync(cancellationToken);
        var intentions = await db.Intentions.AsNoTracking()
            .Published()
            .OrderBy(i => i.Order)
            .Select(i => new { i.Id, Link = new IntentionLink(i.Slug, i.Title) })
            .ToListAsync(cancellationToken);
        var departements = await db.Departements.AsNoTracking()
            .Published()
            .Select(d => new { d.Id, Link = new DepartementLink(d.Code, d.Name) })
            .ToListAsync(cancellationToken);

        var sessions = workshops
            .Select(w => (w.IntentionId, w.DepartementId, Link: new WorkshopLink(w.Slug, WorkshopLabel.For(w.Kind, w.Number), w.Title, w.Place)))
            .ToList();
        var byIntention = intentions
            .Select(i => new IntentionWorkshops(i.Link, sessions.Where(s => s.IntentionId == i.Id).Select(s => s.Link).ToList()))
            .Where(i => i.Workshops.Count > 0)
            .ToList();
        var byDepartement = departements
            .OrderBy(d => d.Link.Name, _frenchOrder)
            .Select(d => new DepartementWorkshops(d.Link, sessions.Where(s => s.DepartementId == d.Id).Select(s => s.Link).ToList()))
            .ToList();
        var listed = departements.Select(d => d.Id).ToHashSet();
        var regional = sessions.Where(s => s.DepartementId is not { } id || !listed.Contains(id)).Select(s => s.Link).ToList();
        // An unknown code is ignored rather than answered with an empty list.
        var selected = byDepartement.Any(d => d.Departement.Code == departement) ? departement : null;
        // The sessions all come from one conference so far; link to it when that holds.
        var conferences = workshops.Select(w => w.Conference).Distinct().ToList();
        return new WorkshopsViewModel(byIntention, byDepartement, regional, selected, conferences is [{ } only] ? only : null)
        {
            Breadcrumb = [new Crumb("Ateliers")],
        };
    }

    /// <summary>One published session with its speakers, measures and sources; null when there is none at <paramref name="slug"/>.</summary>
    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<WorkshopViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var workshop = await db.Workshops.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(w => w.Slug == slug)
            .Select(w => new
            {
                w.Slug,
                w.Kind,
                w.Number,
                w.Title,
                w.Place,
                w.Commune,
                Departement = w.Departement != null && w.Departement.IsPublished
                    ? new DepartementLink(w.Departement.Code, w.Departement.Name)
                    : null,
                Intention = w.Intention!.IsPublished ? new IntentionLink(w.Intention.Slug, w.Intention.Title) : null,
                Conference = w.Conference != null && w.Conference.IsPublished
                    ? new ConferenceLink(w.Conference.Slug, w.Conference.Title)
                    : null,
                HeldOn = w.Conference != null && w.Conference.IsPublished ? w.Conference.Date : (DateOnly?)null,
                HeldPrecision = w.Conference != null ? w.Conference.DatePrecision : DatePrecision.Day,
                w.Body,
                w.FurtherReading,
                w.Speakers,
                Measures = w.Measures
                    .Where(m => m.IsPublished)
                    .OrderBy(m => m.Title)
                    .Select(m => new WorkshopMeasure(m.Slug, m.Title, MeasureFunding.FactOf(m.Funding, m.FundingAmount, m.FundingUnit, m.FundingPeriod)))
                    .ToList(),
                w.EditorNote,
                w.Sources,
                w.VerifiedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (workshop is null)
        {
            return null;
        }

        var label = WorkshopLabel.For(workshop.Kind, workshop.Number);
        var heading = WorkshopLabel.Heading(workshop.Kind, workshop.Number, workshop.Title);
        var introduction = Text.Excerpt(markdown.ToPlainText(workshop.Body), WorkshopViewModel.IntroductionLength);
        var description = introduction.Length == 0 ? $"{label} : {workshop.Title} ({workshop.Place})." : $"{label}, {workshop.Place} — {introduction}";
        var speakers = SpeakerGroup.Of(workshop.Speakers);
        var sources = await ItemSources.LoadAsync(db, workshop.Sources, workshop.VerifiedOn, workshop.EditorNote, cancellationToken);
        return new WorkshopViewModel(heading, description)
        {
            Slug = workshop.Slug,
            Place = workshop.Place,
            Commune = workshop.Commune,
            Departement = workshop.Departement,
            Intention = workshop.Intention,
            Conference = workshop.Conference,
            HeldOn = workshop.HeldOn is { } date ? WorkshopLabel.HeldOn(workshop.Kind, date, workshop.HeldPrecision) : null,
            Body = workshop.Body,
            FurtherReading = workshop.FurtherReading,
            SpeakerGroups = speakers,
            Measures = workshop.Measures,
            Sources = sources,
            Breadcrumb = [new Crumb("Ateliers", PublicPaths.Workshops), new Crumb(heading)],
        };
    }
}
