using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

public sealed record PressContact(string Name, string? Role, string? Phone, string? Mobile, string? Email)
{
    public static PressContact From(Contact contact) => new(contact.Name, contact.Role, contact.Phone, contact.Mobile, contact.Email);
}

public sealed record PressReleaseListItem(string Slug, string Title, DateOnly Date, string Place, string? Lead);

public sealed record PressReleasesViewModel(IReadOnlyList<PressReleaseListItem> Releases)
    : PageViewModel("Communiqués de presse", "Les communiqués de presse de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.");

public sealed record PressReleaseViewModel(
    string ReleaseTitle,
    DateOnly Date,
    string Place,
    string Emitter,
    string? Lead,
    string Body,
    IReadOnlyList<PressContact> PressContacts,
    string? EditorNote,
    IReadOnlyList<SourceCitation> Sources)
    : PageViewModel(ReleaseTitle, Lead ?? ReleaseTitle)
{
    /// <summary>Whether the page shows the lead above the text: some releases open with it, and it is shown once.</summary>
    public bool ShowsLead => Lead is not null && !Body.TrimStart().StartsWith(Lead.Trim(), StringComparison.Ordinal);

    public override string OpenGraphType => "article";

    public override DateOnly? PublishedOn => Date;

    public override SchemaOrg.Thing StructuredData(string pageUrl) => new SchemaOrg.NewsArticle(
        Headline: ReleaseTitle,
        Description: Lead,
        DatePublished: SchemaOrg.Date(Date),
        Author: new SchemaOrg.Organization(Emitter),
        Publisher: new SchemaOrg.Organization(Emitter),
        MainEntityOfPage: pageUrl,
        InLanguage: SchemaOrg.French);
}

public sealed class PressReleasesQuery(PortalDbContext db)
{
    public async Task<PressReleasesViewModel> LoadReleasesAsync(CancellationToken cancellationToken)
    {
        var releases = await db.PressReleases.AsNoTracking()
            .Published()
            .OrderByDescending(r => r.Date)
            .ThenBy(r => r.Title)
            .Select(r => new PressReleaseListItem(r.Slug, r.Title, r.Date, r.Place, r.Lead))
            .ToListAsync(cancellationToken);
        return new PressReleasesViewModel(releases) { Breadcrumb = [new Crumb("Communiqués de presse")] };
    }

    public async Task<PressReleaseViewModel?> LoadReleaseAsync(string slug, CancellationToken cancellationToken)
    {
        var release = await db.PressReleases.AsNoTracking()
            .Published()
            .Where(r => r.Slug == slug)
            .Select(r => new { r.Title, r.Date, r.Place, r.Emitter, r.Lead, r.Body, r.PressContacts, r.EditorNote, r.Sources })
            .SingleOrDefaultAsync(cancellationToken);
        if (release is null)
        {
            return null;
        }
        return new PressReleaseViewModel(
            release.Title,
            release.Date,
            release.Place,
            release.Emitter,
            release.Lead,
            release.Body,
            release.PressContacts.Select(PressContact.From).ToList(),
            release.EditorNote,
            await SourceCitations.LoadAsync(db, release.Sources, cancellationToken))
        {
            Breadcrumb = [new Crumb("Communiqués de presse", "/communiques"), new Crumb(release.Title)],
        };
    }
}
