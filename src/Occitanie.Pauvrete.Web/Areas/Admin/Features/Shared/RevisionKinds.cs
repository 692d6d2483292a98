using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>
/// What a <see cref="Data.Entities.Revision.EntityType"/> stands for in the journal: an editable kind
/// of <see cref="ContentKinds"/>, or the staff accounts (written by the accounts pages as "Account").
/// </summary>
public static class RevisionKinds
{
    /// <summary>The entity type the accounts pages record their changes under.</summary>
    public const string AccountEntityType = "Account";

    /// <param name="Slug">The word in the journal's address (<c>?type=mesures</c>).</param>
    /// <param name="Kind">The content kind, null for accounts.</param>
    public sealed record RevisionKind(string Slug, string EntityType, string Label, ContentKind? Kind);

    /// <summary>Every kind, in the order of the admin menu, then accounts.</summary>
    public static IReadOnlyList<RevisionKind> All { get; } =
    [
        .. ContentKinds.All.Select(k => new RevisionKind(k.Slug, k.EntityType.Name, k.PluralCapitalized, k)),
        new("comptes", AccountEntityType, "Comptes", null),
    ];

    public static RevisionKind? BySlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);

    /// <summary>"Mesure", "Compte", or the type's own name for anything else.</summary>
    public static string SingularOf(string entityType) =>
        ContentKinds.ByEntityName(entityType)?.SingularCapitalized ?? entityType switch
        {
            AccountEntityType => "Compte",
            nameof(Data.Entities.CorrectionReport) => "Signalement",
            _ => entityType,
        };
}
