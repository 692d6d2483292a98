using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Features.Workshops;

namespace Occitanie.Pauvrete.Web.Features.Conferences;

public sealed partial class ConferencesQuery(PortalDbContext db)
{
    /// <summary>The published conferences, latest first.</summary>
    public async Task<ConferencesViewModel> ListAsync(CancellationToken cancellationToken)
    {
        var conferences = await db.Conferences.AsNoTracking()
            .Published()
            .OrderByDescending(c => c.Date)
            .Select(c => new { c.Slug, c.Title, c.Date, c.EndDate, c.DatePrecision, c.Place, c.Format, c.Summary })
            .ToListAsync(cancellationToken);
        return new ConferencesViewModel(conferences
            .Select(c => new ConferenceSummary(c.Slug, c.Title, DateOf(c.Date, c.EndDate, c.DatePrecision, capitalize: true), c.Place, c.Format, c.Summary))
            .ToList())
        {
            Breadcrumb = [new Crumb("Conférences")],
        };
    }

    /// <summary>One published conference with its programme and sessions; null when there is none at <paramref name="slug"/>.</summary>
    /// <param name="includeUnpublished">Staff's preview: the item itself whatever its status; what it links to stays published only.</param>
    public async Task<ConferenceViewModel?> LoadAsync(string slug, CancellationToken cancellationToken, bool includeUnpublished = false)
    {
        var conference = await db.Conferences.AsNoTracking()
            .PublishedUnless(includeUnpublished)
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Date,
                c.EndDate,
                c.DatePrecision,
                c.Place,
                c.Format,
                c.Summary,
                c.Programme,
                c.Body,
                c.EditorNote,
                c.Sources,
                c.VerifiedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (conference is null)
        {
            return null;
        }

        var workshops = await db.Workshops.AsNoTracking()
            .Published()
            .Where(w => w.ConferenceId == conference.Id && w.Intention!.IsPublished)
            .OrderBy(w => w.Intention!.Order)
            .ThenBy(w => w.Order)
            .Select(w => new
            {
                Intention = new IntentionLink(w.Intention!.Slug, w.Intention.Title),
                w.Slug,
                w.Kind,
                w.Number,
                w.Title,
                w.Place,
            })
            .ToListAsync(cancellationToken);
        var sessions = workshops
            .GroupBy(w => w.Intention)
            .Select(g => new IntentionWorkshops(g.Key, g.Select(w => new WorkshopLink(w.Slug, WorkshopLabel.For(w.Kind, w.Number), w.Title, w.Place)).ToList()))
            .ToList();
        // The common part of the programme first, then each parallel track in the order it first appears.
        var programme = conference.Programme
            .GroupBy(p => p.Track)
            .OrderBy(g => g.Key is null ? 0 : 1)
            .Select(g => new ProgrammePart(g.Key, g.Select(p => new ProgrammeItem(p.Time, MachineTime(p.Time), p.Label)).ToList()))
            .ToList();
        var sources = await ItemSources.LoadAsync(db, conference.Sources, conference.VerifiedOn, conference.EditorNote, cancellationToken);
        return new ConferenceViewModel(
            conference.Title,
            DateOf(conference.Date, conference.EndDate, conference.DatePrecision),
            conference.Place,
            conference.Summary)
        {
            Format = conference.Format,
            Programme = programme,
            Body = conference.Body,
            Sessions = sessions,
            Sources = sources,
            Breadcrumb = [new Crumb("Conférences", PublicPaths.Conferences), new Crumb(conference.Title)],
        };
    }

    // Alone on a card the date opens a sentence (« De mai à novembre 2023 »); after « Date : » it does not.
    private static ConferenceDate DateOf(DateOnly date, DateOnly? endDate, DatePrecision precision, bool capitalize = false)
    {
        var text = ConferenceDates.Format(date, endDate, precision);
        return new ConferenceDate(
            capitalize ? Text.Capitalize(text) : text,
            ConferenceDates.MachineReadable(date, precision),
            endDate is { } end && !ConferenceDates.IsSinglePeriod(date, end, precision) ? ConferenceDates.MachineReadable(end, precision) : null);
    }

    /// <summary>"13h45" → "13:45", "9h" → "09:00"; null when the programme writes the time otherwise.</summary>
    private static string? MachineTime(string time)
    {
        var match = FrenchTime().Match(time.Trim());
        if (!match.Success)
        {
            return null;
        }
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hours < 24 && minutes < 60 ? $"{hours:00}:{minutes:00}" : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})\s*h\s*(?<m>\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchTime();
}
