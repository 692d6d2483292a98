using System.Collections;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

/// <summary>The pages that ask before an item leaves the site (trash, unpublish), with what it will change.</summary>
public sealed class ConfirmationQuery(PortalDbContext db)
{
    /// <summary>How many titles of the items that use the trashed one are named; the count says the rest.</summary>
    private const int NamedUsers = 5;

    public async Task<ConfirmationPage?> TrashAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not { } item)
        {
            return null;
        }
        var consequences = new List<string>();
        consequences.Add(item.Status == PublicationStatus.Published && kind.PublicPathOf(item) is { } path
            ? $"{Text.Capitalize(kind.WithArticle)} disparaît du site : sa page {path} ne s'affiche plus, ni dans la recherche, le flux, l'API et les données ouvertes."
            : $"{Text.Capitalize(kind.WithArticle)} n'est pas en ligne ; dans la corbeille, {(kind.Feminine ? "elle" : "il")} ne figure plus dans la liste des {kind.Plural}.");
        consequences.AddRange(await UsersAsync(kind, id, cancellationToken));
        consequences.Add($"{Text.Capitalize(kind.WithArticle)} reste restaurable depuis la corbeille, avec tout son historique.");
        return new ConfirmationPage(
            Question: $"Mettre à la corbeille {kind.WithArticle} « {kind.TitleOf(item)} » ?",
            Consequences: consequences,
            Action: $"{kind.EditPath(id)}/corbeille",
            ConfirmLabel: "Mettre à la corbeille",
            CancelPath: kind.EditPath(id),
            Breadcrumb: AdminBreadcrumb.Of(kind, new Crumb(kind.TitleOf(item), kind.EditPath(id)), new Crumb("Mettre à la corbeille")));
    }

    /// <summary>Null when there is no such item, or it is not published.</summary>
    public async Task<ConfirmationPage?> UnpublishAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, id, cancellationToken) is not { Status: PublicationStatus.Published } item)
        {
            return null;
        }
        var consequences = new List<string>
        {
            kind.PublicPathOf(item) is { } path
                ? $"{Text.Capitalize(kind.WithArticle)} disparaît du site aussitôt : sa page {path} ne s'affiche plus, ni dans la recherche, le flux, l'API et les données ouvertes."
                : $"{Text.Capitalize(kind.WithArticle)} disparaît du site aussitôt, ainsi que de l'API et des données ouvertes.",
        };
        consequences.AddRange(await UsersAsync(kind, id, cancellationToken));
        consequences.Add($"{Text.Capitalize(kind.WithArticle)} reste en brouillon, modifiable ; « Publier » {(kind.Feminine ? "la" : "le")} remet en ligne. Les modifications du formulaire non enregistrées ne sont pas gardées.");
        return new ConfirmationPage(
            Question: $"Dépublier {kind.WithArticle} « {kind.TitleOf(item)} » ?",
            Consequences: consequences,
            Action: $"{kind.EditPath(id)}/depublier",
            ConfirmLabel: "Dépublier",
            CancelPath: kind.EditPath(id),
            Breadcrumb: AdminBreadcrumb.Of(kind, new Crumb(kind.TitleOf(item), kind.EditPath(id)), new Crumb("Dépublier")));
    }

    private async Task<EditableEntity?> FindAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        await ItemSets.Of(db, kind.EntityType).AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>
    /// « 11 mesures utilisent cet axe (champ « Axe ») : … »: the items outside the trash whose
    /// reference fields point at this one, kind by kind, read from <see cref="ContentKinds"/>.
    /// </summary>
    internal async Task<List<string>> UsersAsync(ContentKind kind, Guid id, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var other in ContentKinds.All)
        {
            foreach (var field in other.Fields.Where(f => f.Kind is FieldKind.Reference or FieldKind.References && f.Target == kind.EntityType))
            {
                var items = ItemSets.Of(db, other.EntityType).AsNoTracking().Where(e => e.Status != PublicationStatus.Deleted);
                if (field.Kind == FieldKind.References)
                {
                    items = items.Include(field.Property);
                }
                var property = other.EntityType.GetProperty(field.Property)!;
                var users = (await items.ToListAsync(cancellationToken))
                    .Where(e => property.GetValue(e) switch
                    {
                        Guid reference => reference == id,
                        IEnumerable links => links.Cast<EditableEntity>().Any(l => l.Id == id),
                        _ => false,
                    })
                    .Select(other.TitleOf)
                    .Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
                    .ToList();
                if (users.Count > 0)
                {
                    var named = string.Join(", ", users.Take(NamedUsers).Select(t => $"« {t} »")) + (users.Count > NamedUsers ? "…" : "");
                    lines.Add($"{Text.Count(users.Count, other.Singular, other.Plural)} {Text.Plural(users.Count, "utilise", "utilisent")} {Demonstrative(kind)} (champ « {field.Label} ») : {named}.");
                }
            }
        }
        return lines;
    }

    /// <summary>« cet axe », « cette intention », « ce département ».</summary>
    private static string Demonstrative(ContentKind kind) =>
        kind.Feminine ? $"cette {kind.Singular}" : "aeiouéèh".Contains(kind.Singular[0], StringComparison.Ordinal) ? $"cet {kind.Singular}" : $"ce {kind.Singular}";
}
