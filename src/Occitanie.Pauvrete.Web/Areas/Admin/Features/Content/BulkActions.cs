using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>What staff can do at once to the items ticked in a list.</summary>
public enum BulkOperation
{
    Publish,
    Unpublish,
    Trash,
}

/// <summary>
/// Publish, unpublish or trash several items of a list at once: one confirmation page names how
/// many items and which, what happens to them and what uses them; the items the operation does not
/// apply to (a draft asked to be unpublished) are named and left as they are. One save for all.
/// </summary>
public sealed class BulkActions(PortalDbContext db, ConfirmationQuery confirmations)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    /// <summary>The operation of its address (« publier », « depublier », « corbeille »); null for any other word.</summary>
    public static BulkOperation? OperationOf(string? word) => word switch
    {
        "publier" => BulkOperation.Publish,
        "depublier" => BulkOperation.Unpublish,
        "corbeille" => BulkOperation.Trash,
        _ => null,
    };

    public static string WordOf(BulkOperation operation) => operation switch
    {
        BulkOperation.Publish => "publier",
        BulkOperation.Unpublish => "depublier",
        _ => "corbeille",
    };

    /// <summary>Null when none of <paramref name="ids"/> is an item of the kind.</summary>
    public async Task<ConfirmationPage?> ConfirmAsync(ContentKind kind, BulkOperation operation, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(kind, ids, cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }
        var (concerned, others) = Split(items, operation);
        var consequences = new List<string>();
        if (concerned.Count > 0)
        {
            var count = Text.Count(concerned.Count, kind.Singular, kind.Plural);
            consequences.Add($"{Text.Capitalize(count)} : {Titles(kind, concerned)}.");
            var one = concerned.Count == 1;
            var they = kind.Feminine ? (one ? "Elle" : "Elles") : (one ? "Il" : "Ils");
            var plural = one ? "" : "s";
            consequences.Add(operation switch
            {
                BulkOperation.Publish => $"{they} {(one ? "devient" : "deviennent")} visible{plural} sur le site aussitôt, dans la recherche, le flux, l'API et les données ouvertes.",
                BulkOperation.Unpublish => $"{they} {(one ? "disparaît" : "disparaissent")} du site aussitôt, de la recherche, du flux, de l'API et des données ouvertes, et {(one ? "reste" : "restent")} en brouillon, modifiable{plural}.",
                _ => $"{they} {(one ? "disparaît" : "disparaissent")} du site et de la liste, et {(one ? "reste" : "restent")} restaurable{plural} depuis la corbeille, avec tout leur historique.",
            });
            if (operation != BulkOperation.Publish)
            {
                foreach (var item in concerned)
                {
                    foreach (var line in await confirmations.UsersAsync(kind, item.Id, cancellationToken))
                    {
                        consequences.Add($"« {kind.TitleOf(item)} » : {line}");
                    }
                }
            }
        }
        if (others.Count > 0)
        {
            var plural = others.Count == 1 ? "" : "s";
            consequences.Add($"{kind.Agree("Inchangé")}{plural}, déjà {Already(kind, operation, plural)} : {Titles(kind, others)}.");
        }
        var label = operation switch
        {
            BulkOperation.Publish => "Publier",
            BulkOperation.Unpublish => "Dépublier",
            _ => "Mettre à la corbeille",
        };
        return new ConfirmationPage(
            Question: concerned.Count == 0
                ? $"Rien à {label.ToLower(CultureInfo.GetCultureInfo("fr-FR"))} parmi les {kind.Plural} {kind.Agree("coché")}s"
                : $"{label} {Text.Count(concerned.Count, kind.Singular, kind.Plural)} ?",
            Consequences: consequences,
            Action: $"{kind.ListPath}/lot/{WordOf(operation)}",
            ConfirmLabel: concerned.Count == 0 ? "Revenir à la liste" : $"{label} ({concerned.Count.ToString(CultureInfo.InvariantCulture)})",
            CancelPath: kind.ListPath,
            Breadcrumb: AdminBreadcrumb.Of(kind, new Crumb($"{label} plusieurs {kind.Plural}")))
        {
            Hidden = [.. concerned.Select(i => ("id", i.Id.ToString()))],
        };
    }

    /// <summary>Applies the operation to those of the items it concerns, in one save; returns them.</summary>
    public async Task<IReadOnlyList<EditableEntity>> ApplyAsync(ContentKind kind, BulkOperation operation, IReadOnlyCollection<Guid> ids, string author, CancellationToken cancellationToken)
    {
        var (concerned, _) = Split(await ItemSets.Of(db, kind.EntityType).Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken), operation);
        foreach (var item in concerned)
        {
            item.Status = operation == BulkOperation.Publish ? PublicationStatus.Published
                : operation == BulkOperation.Unpublish ? PublicationStatus.Draft
                : PublicationStatus.Deleted;
            item.UpdatedBy = author;
        }
        if (concerned.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return concerned;
    }

    private async Task<List<EditableEntity>> ItemsAsync(ContentKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await ItemSets.Of(db, kind.EntityType).AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);

    /// <summary>The items the operation changes (a draft to publish, a published item to unpublish, anything outside the trash to trash), and the others.</summary>
    private static (List<EditableEntity> Concerned, List<EditableEntity> Others) Split(List<EditableEntity> items, BulkOperation operation)
    {
        bool Concerns(EditableEntity item) => operation switch
        {
            BulkOperation.Publish => item.Status == PublicationStatus.Draft,
            BulkOperation.Unpublish => item.Status == PublicationStatus.Published,
            _ => item.Status != PublicationStatus.Deleted,
        };
        return ([.. items.Where(Concerns)], [.. items.Where(i => !Concerns(i))]);
    }

    private static string Titles(ContentKind kind, IEnumerable<EditableEntity> items) =>
        string.Join(", ", items.Select(kind.TitleOf).Order(_frenchOrder).Select(t => $"« {t} »"));

    private static string Already(ContentKind kind, BulkOperation operation, string plural) => operation switch
    {
        BulkOperation.Publish => $"{kind.Agree("publié")}{plural} ou dans la corbeille",
        BulkOperation.Unpublish => "en brouillon ou dans la corbeille",
        _ => "dans la corbeille",
    };
}
