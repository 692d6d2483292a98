using System.Globalization;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Media;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.PressReleases;

public sealed record PressReleaseListItem(string Slug, string Title, DateOnly Date, string Place, string Emitter, string? Lead);

/// <summary>A year of the press room with its number of releases, as a filter tag.</summary>
public sealed record PressReleaseYear(int Year, int Count, bool Selected, string Url);

public sealed record PressReleasesViewModel(
    PressReleaseFilter Filter,
    int Total,
    int PageCount,
    IReadOnlyList<PressReleaseListItem> Releases,
    IReadOnlyList<PressReleaseYear> Years)
    : PageViewModel(
        "Communiqués de presse"
            + (Filter.Year is { } year ? " de " + year.ToString(CultureInfo.InvariantCulture) : "")
            + (Filter.Page > 1 ? $" (page {Filter.Page} sur {PageCount})" : ""),
        "Les communiqués de presse de la stratégie de prévention et de lutte contre la pauvreté en Occitanie, par année.")
{
    /// <summary>"Aucun communiqué", "1 communiqué", "3 communiqués".</summary>
    public string CountLabel => Total == 0 ? "Aucun communiqué" : Text.Count(Total, "communiqué", "communiqués");

    public Pagination Pagination => new(Filter.Page, PageCount, page => (Filter with { Page = page }).ToUrl(), "Pagination des communiqués");
}

/// <summary>A page of the portal related to a release by data: held on its date, or citing it as a source.</summary>
public sealed record RelatedContent(string Kind, string Title, string Url, string Reason);

public sealed record PressReleaseViewModel(string ReleaseTitle, string? Lead)
    : PageViewModel(ReleaseTitle, Lead ?? ReleaseTitle)
{
    public required DateOnly Date { get; init; }

    public required string Place { get; init; }

    public required string Emitter { get; init; }

    public required string Body { get; init; }

    public required string Permalink { get; init; }

    public required IReadOnlyList<Contact> PressContacts { get; init; }

    /// <summary>Its images and PDFs (press material).</summary>
    public PageMedia Media { get; init; } = PageMedia.None;

    public required IReadOnlyList<RelatedContent> Related { get; init; }

    public required int MoreRelatedMeasures { get; init; }

    public required ItemSources Sources { get; init; }

    /// <summary>Whether the page shows the lead above the text: some releases open with it, and it is shown once.</summary>
    public bool ShowsLead => Lead is not null && !Body.TrimStart().StartsWith(Lead.Trim(), StringComparison.Ordinal);

    public override string OpenGraphType => "article";

    public override DateOnly? PublishedOn => Date;

    public override SchemaOrg.Thing StructuredData(string pageUrl) => new SchemaOrg.NewsArticle
    {
        Headline = ReleaseTitle,
        Description = Lead,
        DatePublished = SchemaOrg.Date(Date),
        Author = new SchemaOrg.Organization(Emitter),
        Publisher = new SchemaOrg.Organization(Emitter),
        MainEntityOfPage = pageUrl,
        InLanguage = SchemaOrg.French,
    };
}

public sealed record ReleasePressContacts(string Slug, string Title, DateOnly Date, string Place, IReadOnlyList<Contact> Contacts);

public sealed record PressContactsViewModel(IReadOnlyList<ReleasePressContacts> Releases)
    : PageViewModel("Contacts presse", "Les contacts presse de chaque communiqué de la stratégie de prévention et de lutte contre la pauvreté en Occitanie.");

/// <summary>« S'abonner »: what the feed is, how to follow it, and its address to copy.</summary>
public sealed record PressFeedHelpViewModel(string FeedUrl)
    : PageViewModel(
        "S'abonner aux communiqués de presse",
        "Recevoir les nouveaux communiqués de presse dans un lecteur de flux : ce qu'est le flux, comment l'ajouter, son adresse.");
