using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.PressReleases;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Search;

/// <summary>Reads every published item of the database as the plain text the search index holds.</summary>
public static partial class SearchDocumentLoader
{
    /// <summary>Between the parts of an item's text, so that an excerpt shows where one part ends.</summary>
    private const string PartSeparator = " · ";

    public static async Task<IReadOnlyList<SearchDocument>> LoadAsync(PortalDbContext db, MarkdownRenderer markdown, ILogger logger, CancellationToken cancellationToken)
    {
        // One item that cannot be read as text is left out and named in the log; the others are indexed.
        void Add<T>(List<SearchDocument> into, IEnumerable<T> items, Func<T, string> slug, Func<T, SearchDocument> read)
        {
            foreach (var item in items)
            {
                try
                {
                    into.Add(read(item));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLeftOut(logger, e, typeof(T).Name, slug(item));
                }
            }
        }

        var documents = new List<SearchDocument>();

        // Whole entities rather than projections: their owned lists (contacts, speakers) are JSON
        // columns that come with them, and there are only a few hundred items.
        var intentions = await db.Intentions.AsNoTracking().Published().ToListAsync(cancellationToken);
        Add(documents, intentions, i => i.Slug, i => new SearchDocument(
            SearchKind.Intention, i.Title, PublicPaths.Intention(i.Slug),
            Join([.. i.Aliases, i.Summary, markdown.ToPlainText(i.Body)])));

        var measures = await db.Measures.AsNoTracking().Published()
            .Include(m => m.Axis)
            .Include(m => m.Intentions.Where(i => i.IsPublished))
            .ToListAsync(cancellationToken);
        Add(documents, measures, m => m.Slug, m => new SearchDocument(
            SearchKind.Measure, m.Title, PublicPaths.Measure(m.Slug),
            Join([
                m.Summary,
                markdown.ToPlainText(m.Body),
                m.Funding,
                markdown.ToPlainText(m.FundingDetails),
                markdown.ToPlainText(m.HowToApply),
                string.Join(", ", m.Publics),
                string.Join(", ", m.Porteurs),
                .. m.Contacts.Select(Describe),
            ]),
            Join([.. m.Intentions.Select(i => i.Title), m.Axis is { IsPublished: true } axis ? axis.Title : null])));

        var workshops = await db.Workshops.AsNoTracking().Published()
            .Include(w => w.Departement)
            .Include(w => w.Intention)
            .Include(w => w.Measures.Where(m => m.IsPublished))
            .ToListAsync(cancellationToken);
        Add(documents, workshops, w => w.Slug, w => new SearchDocument(
            SearchKind.Workshop, WorkshopLabel.Heading(w.Kind, w.Number, w.Title), PublicPaths.Workshop(w.Slug),
            Join([
                w.Summary,
                markdown.ToPlainText(w.Body),
                w.Place,
                w.Commune,
                w.Departement?.Name,
                markdown.ToPlainText(w.FurtherReading),
                .. w.Speakers.Select(s => Join([s.Name, s.Role], ", ")),
            ]),
            Join([w.Intention is { IsPublished: true } intention ? intention.Title : null, .. w.Measures.Select(m => m.Title)])));

        var axes = await db.Axes.AsNoTracking().Published().ToListAsync(cancellationToken);
        Add(documents, axes, a => a.Slug, a => new SearchDocument(
            SearchKind.Axis, $"Axe {a.Number} — {Text.Capitalize(a.Title)}", PublicPaths.Axis(a.Slug),
            Join([a.Summary, markdown.ToPlainText(a.Body)])));

        var releases = await db.PressReleases.AsNoTracking().Published().ToListAsync(cancellationToken);
        var pressContacts = await PressContactRecords.LoadAsync(db, releases.SelectMany(r => r.PressContacts), cancellationToken);
        Add(documents, releases, r => r.Slug, r => new SearchDocument(
            SearchKind.PressRelease, r.Title, PublicPaths.PressRelease(r.Slug),
            Join([r.Lead, r.Summary, markdown.ToPlainText(r.Body), .. PressContactRecords.Of(r.PressContacts, pressContacts).Select(Describe)])));

        var conferences = await db.Conferences.AsNoTracking().Published().ToListAsync(cancellationToken);
        Add(documents, conferences, c => c.Slug, c => new SearchDocument(
            SearchKind.Conference, c.Title, PublicPaths.Conference(c.Slug),
            Join([c.Summary, markdown.ToPlainText(c.Body), c.Place])));

        var groups = await db.WorkingGroups.AsNoTracking().Published().ToListAsync(cancellationToken);
        Add(documents, groups, g => g.Slug, g => new SearchDocument(
            SearchKind.WorkingGroup, g.Title, PublicPaths.WorkingGroups,
            Join([g.Summary, markdown.ToPlainText(g.Body)])));

        var pages = await db.Pages.AsNoTracking().Published().ToListAsync(cancellationToken);
        Add(documents, pages, p => p.Slug, p => new SearchDocument(
            SearchKind.Page, p.Title, PublicPaths.Page(p.Slug),
            Join([p.Summary, markdown.ToPlainText(p.Body)])));

        return documents;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index: {Kind} '{Slug}' left out, its text could not be read")]
    private static partial void LogLeftOut(ILogger logger, Exception exception, string kind, string slug);

    private static string Describe(Contact contact) => Join([contact.Name, contact.Role, contact.Note], ", ");

    /// <summary>The non-empty parts on one line: excerpts are cut from this text, so it holds no line breaks.</summary>
    private static string Join(IEnumerable<string?> parts, string separator = PartSeparator) =>
        string.Join(separator, parts
            .Select(p => Whitespace().Replace(p ?? "", " ").Trim())
            .Where(p => p.Length > 0));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
