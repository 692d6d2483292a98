using System.Linq.Expressions;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Workshops;

/// <summary>A session as listed: its label, title and place, linking to its page.</summary>
public sealed record WorkshopLink(string Slug, string Label, string Title, string Place)
{
    public string Url => PublicPaths.Workshop(Slug);
}

/// <summary>An intention « Je souhaite… », linking to its page.</summary>
public sealed record IntentionLink(string Slug, string Phrase)
{
    public string Url => PublicPaths.Intention(Slug);
}

/// <summary>An intention and its sessions, in the guide's order.</summary>
public sealed record IntentionWorkshops(IntentionLink Intention, IReadOnlyList<WorkshopLink> Workshops);

/// <summary>A conference, linking to its page.</summary>
public sealed record ConferenceLink(string Slug, string Title)
{
    public string Url => PublicPaths.Conference(Slug);
}

/// <summary>
/// A session as a list of sessions shows it (an intention's, a reader's selection), read in the
/// query: its département and conference only when published.
/// </summary>
public sealed record WorkshopSummary(string Slug, WorkshopKind Kind, string? Number, string Title, string Place, string? Commune,
    string? Departement, DateOnly? HeldOn, DatePrecision HeldPrecision, List<Speaker> Speakers)
{
    public static readonly Expression<Func<Workshop, WorkshopSummary>> Of = w => new WorkshopSummary(
        w.Slug,
        w.Kind,
        w.Number,
        w.Title,
        w.Place,
        w.Commune,
        w.Departement != null && w.Departement.IsPublished ? w.Departement.Name : null,
        w.Conference != null && w.Conference.IsPublished ? w.Conference.Date : (DateOnly?)null,
        w.Conference != null ? w.Conference.DatePrecision : DatePrecision.Day,
        w.Speakers);
}
