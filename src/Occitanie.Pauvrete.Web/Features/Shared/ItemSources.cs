using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Media;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>A source document as the provenance line names it: its title and date.</summary>
public sealed record DatedSource(string Title, DateOnly? Date)
{
    /// <summary>
    /// The title without its subtitle: "Communiqué de presse du préfet de la région Occitanie du 24 mai
    /// 2024" for "…du 24 mai 2024 : retour sur une année 2023…". The whole title is in the sources list.
    /// </summary>
    public string ShortTitle => Title.IndexOf(" : ", StringComparison.Ordinal) is var colon and > 0 ? Title[..colon] : Title;

    /// <summary>The short title, with its date after it unless the title already says it.</summary>
    public string Label =>
        Date is not { } date || ShortTitle.Contains(FrenchFormat.Date(date), StringComparison.Ordinal)
            ? ShortTitle
            : $"{ShortTitle} ({FrenchFormat.Date(date)})";
}

/// <summary>The press release that says the strategy goes on in the Pacte des solidarités.</summary>
public sealed record PacteRelease(string Slug, DateOnly Date)
{
    public string Url => PublicPaths.PressRelease(Slug);
}

/// <summary>
/// Where an item's information comes from and when (docs/decisions/0012): its main source (the
/// document most of its references cite), the later documents that complete it, the day staff
/// last checked it, and — for information older than the Pacte des solidarités — the release
/// that says the strategy goes on in the Pacte.
/// </summary>
public sealed record Provenance(DatedSource? Main, IReadOnlyList<DatedSource> Later, DateOnly? VerifiedOn, PacteRelease? Pacte)
{
    /// <summary>The Pacte des solidarités « entré en vigueur en janvier 2024 » (release of 24 May 2024).</summary>
    public static readonly DateOnly PacteStart = new(2024, 1, 1);

    public bool IsEmpty => Main is null && VerifiedOn is null && Pacte is null;

    /// <summary>
    /// The release to link when information dated <paramref name="date"/> predates the Pacte: the
    /// first published release from January 2024 on (the one of 24 May 2024, which says that the
    /// strategy « a été renouvelée dans le nouveau Pacte des solidarités »); none when no such release is published.
    /// </summary>
    public static async Task<PacteRelease?> PacteReleaseBeforeAsync(PortalDbContext db, DateOnly? date, CancellationToken cancellationToken) =>
        date is { } day && day < PacteStart
            ? await db.PressReleases.AsNoTracking()
                .Published()
                .Where(r => r.Date >= PacteStart)
                .OrderBy(r => r.Date)
                .Select(r => new PacteRelease(r.Slug, r.Date))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
}

/// <summary>
/// Everything an item's page says about its sources: the provenance line under its essentials and,
/// in the « Sources et notes de la rédaction » section at the end, its editors' note and citations.
/// </summary>
public sealed record ItemSources(Provenance Provenance, string? EditorNote, IReadOnlyList<SourceCitation> Citations)
{
    public static ItemSources None { get; } = new(new Provenance(null, [], null, null), null, []);

    /// <summary>Whether the end section has anything to show.</summary>
    public bool HasNotesOrCitations => !string.IsNullOrWhiteSpace(EditorNote) || Citations.Count > 0;

    /// <summary>
    /// The citations and provenance of one item, in two queries at most (its documents; the Pacte's
    /// release when its information predates 2024). A document missing from the table keeps its file
    /// name among the citations and is left out of the provenance (it has no date).
    /// </summary>
    /// <param name="datedOn">
    /// The item's own date when it is itself a dated document (a press release): its page says
    /// that date already, so the provenance names no source, and the Pacte's mention follows that date.
    /// </param>
    public static async Task<ItemSources> LoadAsync(
        PortalDbContext db,
        IReadOnlyCollection<SourceReference> references,
        DateOnly? verifiedOn,
        string? editorNote,
        CancellationToken cancellationToken,
        DateOnly? datedOn = null)
    {
        var files = references.Select(r => r.Document).Distinct().ToList();
        var documents = files.Count == 0
            ? []
            : await db.SourceDocuments.AsNoTracking()
                .Published()
                .Where(d => files.Contains(d.FileName))
                .Select(d => new
                {
                    d.FileName,
                    Document = new CitedDocument(
                        new DatedSource(d.Title, d.Date),
                        db.MediaFiles.Where(f => f.SourceDocumentId == d.Id && f.Kind == MediaKind.Pdf).OrderBy(f => f.CreatedAt).Select(MediaItem.Projection).FirstOrDefault()),
                })
                .ToDictionaryAsync(d => d.FileName, d => d.Document, StringComparer.Ordinal, cancellationToken);

        var citations = references
            .Select(r => documents.TryGetValue(r.Document, out var document)
                ? new SourceCitation(document.Source.Title, r.Location) { File = document.File }
                : new SourceCitation(r.Document, r.Location))
            .Distinct()
            .ToList();

        // The main source is the document most references cite (the one most of the facts come
        // from), the first cited on a tie; later documents are those that complete it afterwards.
        var main = references
            .Select((r, index) => (r.Document, Index: index))
            .Where(r => documents.ContainsKey(r.Document))
            .GroupBy(r => r.Document, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(r => r.Index))
            .Select(g => documents[g.Key].Source)
            .FirstOrDefault();
        IReadOnlyList<DatedSource> later = main?.Date is { } mainDate
            ? [.. documents.Values.Select(d => d.Source).Where(d => d.Date > mainDate).Distinct().OrderBy(d => d.Date)]
            : [];
        if (datedOn is { } date)
        {
            var pacteAfterRelease = await Provenance.PacteReleaseBeforeAsync(db, date, cancellationToken);
            return new ItemSources(new Provenance(null, [], verifiedOn, pacteAfterRelease), editorNote, citations);
        }
        var pacte = await Provenance.PacteReleaseBeforeAsync(db, main?.Date, cancellationToken);
        return new ItemSources(new Provenance(main, later, verifiedOn, pacte), editorNote, citations);
    }
}

/// <summary>A cited document: its title and date, and its PDF when staff gave it one.</summary>
internal sealed record CitedDocument(DatedSource Source, MediaItem? File);
