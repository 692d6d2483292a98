using System.Globalization;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Schedule;

/// <summary>The « Programmer la publication » page of one item: its form as typed, and what is wrong with it.</summary>
public sealed record SchedulePage(ContentKind Kind, EditableEntity Item, string PublishAt, string UnpublishAt, IReadOnlyDictionary<string, string> Errors)
{
    public const string PublishField = "publier-le";
    public const string UnpublishField = "depublier-le";

    public string Title => Kind.TitleOf(Item);

    public string Action => Kind.EditPath(Item.Id) + "/programmer";

    /// <summary>A draft may be given a publication moment; a published item only an unpublication one.</summary>
    public bool CanSchedulePublication => Item.Status == PublicationStatus.Draft;

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var error) ? error : null;

    public static SchedulePage Of(ContentKind kind, EditableEntity item) => new(kind, item,
        item.PublishAt is { } publish ? ParisTime.LocalInput(publish) : "",
        item.UnpublishAt is { } unpublish ? ParisTime.LocalInput(unpublish) : "",
        new Dictionary<string, string>());
}

/// <summary>
/// Sets or clears when an item is published or unpublished by itself (decision 0019). The moments
/// are typed in Paris time and stored in UTC; they must be to come. The save is recorded in the
/// journal as a « Programmation » by its author; the change itself is made at its moment by
/// <see cref="Web.Features.Shared.PublicationSchedule"/>, in that author's name.
/// </summary>
public sealed class ScheduleCommand(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The item, tracked; null when there is no such item.</summary>
    public async Task<EditableEntity?> FindAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        await db.FindAsync(kind.EntityType, [id], cancellationToken) as EditableEntity;

    /// <returns>The page again with its errors, or null when saved.</returns>
    public async Task<SchedulePage?> SaveAsync(ContentKind kind, EditableEntity item, string? publishAt, string? unpublishAt, string author, CancellationToken cancellationToken)
    {
        var page = new SchedulePage(kind, item, publishAt?.Trim() ?? "", unpublishAt?.Trim() ?? "", new Dictionary<string, string>());
        var errors = new Dictionary<string, string>();
        var now = clock.GetUtcNow().UtcDateTime;
        var publish = page.CanSchedulePublication ? Moment(page.PublishAt, SchedulePage.PublishField, "de publication", now, errors) : null;
        var unpublish = Moment(page.UnpublishAt, SchedulePage.UnpublishField, "de dépublication", now, errors);
        if (publish is not null && unpublish is not null && unpublish <= publish)
        {
            errors[SchedulePage.UnpublishField] = "Le moment de dépublication doit venir après celui de la publication.";
        }
        if (item.Status == PublicationStatus.Deleted)
        {
            errors[""] = "Cet élément est dans la corbeille : restaurez-le avant de programmer sa publication.";
        }
        if (errors.Count > 0)
        {
            return page with { Errors = errors };
        }
        item.PublishAt = publish;
        item.UnpublishAt = unpublish;
        item.ScheduledBy = publish is null && unpublish is null ? null : author;
        item.UpdatedBy = author;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The UTC instant typed (Paris time, as <c>datetime-local</c> sends it); null when left empty or wrong (then an error says why).</summary>
    private static DateTime? Moment(string typed, string field, string what, DateTime now, Dictionary<string, string> errors)
    {
        if (typed.Length == 0)
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH'h'mm"];
        if (!DateTime.TryParseExact(typed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var paris))
        {
            errors[field] = $"Le moment {what} n'est pas une date et une heure : saisissez-le par exemple ainsi, 24/05/2027 10:00.";
            return null;
        }
        if (ParisTime.ToUtc(paris) is not { } utc)
        {
            errors[field] = $"Le moment {what} n'existe pas à Paris (l'heure sautée au passage à l'heure d'été) : choisissez une autre heure.";
            return null;
        }
        if (utc <= now)
        {
            errors[field] = $"Le moment {what} est déjà passé (il est {ParisTime.DateAndTime(now)}) : choisissez un moment à venir.";
            return null;
        }
        return utc;
    }
}
