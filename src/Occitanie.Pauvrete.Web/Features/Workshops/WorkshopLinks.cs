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
