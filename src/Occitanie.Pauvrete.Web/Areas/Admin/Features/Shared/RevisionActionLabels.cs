using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>
/// What staff read for each <see cref="RevisionAction"/> (the journal, the dashboard, an item's
/// history), and the word that stands for it in an address (<c>/admin/journal?action=publication</c>).
/// </summary>
public static class RevisionActionLabels
{
    public sealed record Label(RevisionAction Action, string Text, string Slug);

    /// <summary>In the order a select lists them.</summary>
    public static IReadOnlyList<Label> All { get; } =
    [
        new(RevisionAction.Created, "Création", "creation"),
        new(RevisionAction.Updated, "Modification", "modification"),
        new(RevisionAction.Published, "Publication", "publication"),
        new(RevisionAction.Unpublished, "Dépublication", "depublication"),
        new(RevisionAction.Deleted, "Mise à la corbeille", "corbeille"),
        new(RevisionAction.Restored, "Restauration", "restauration"),
        new(RevisionAction.Verified, "Vérification", "verification"),
        new(RevisionAction.PendingSaved, "Version en attente", "version-en-attente"),
        new(RevisionAction.PendingPublished, "Publication de la version en attente", "publication-version-en-attente"),
        new(RevisionAction.PendingAbandoned, "Abandon de la version en attente", "abandon-version-en-attente"),
        new(RevisionAction.Scheduled, "Programmation", "programmation"),
        new(RevisionAction.ReportHandled, "Suite donnée à un signalement", "signalement"),
    ];

    /// <summary>"Création", "Mise à la corbeille"…</summary>
    public static string Of(RevisionAction action) => All.First(l => l.Action == action).Text;

    /// <summary>The action an address names ("publication"), if any.</summary>
    public static RevisionAction? FromSlug(string? slug) => All.FirstOrDefault(l => l.Slug == slug)?.Action;
}
