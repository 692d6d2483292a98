using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Schedule;

/// <summary>What lists, the dashboard and the edit form say of an item's schedule, in Paris time.</summary>
public static class ScheduleLabel
{
    /// <summary>« Programmé pour le 24 mai 2027 à 10:00 », « Dépublication programmée le … », both, or null when nothing is scheduled.</summary>
    public static string? Of(PublicationStatus status, DateTime? publishAt, DateTime? unpublishAt)
    {
        var publish = status == PublicationStatus.Draft && publishAt is { } p ? $"Programmé pour le {ParisTime.DateAndTime(p)}" : null;
        var unpublish = status != PublicationStatus.Deleted && unpublishAt is { } u ? $"dépublication programmée le {ParisTime.DateAndTime(u)}" : null;
        return (publish, unpublish) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => Text.Capitalize(b),
            ({ } a, { } b) => $"{a}, {b}",
        };
    }
}
