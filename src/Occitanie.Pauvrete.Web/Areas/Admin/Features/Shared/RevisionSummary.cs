using System.Text.Json;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.History;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;

/// <summary>
/// What the journal and the dashboard say of one revision besides who and when: the item's title as
/// that revision left it (read from its snapshot, so an item since renamed or trashed is still named
/// as it was), and the labels of the fields it changed from the item's previous revision.
/// </summary>
public static class RevisionSummary
{
    /// <summary>The title in the snapshot (by the kind's title property), else the key (an account's e-mail, an old snapshot).</summary>
    public static string TitleOf(string entityType, string entityKey, string? snapshot)
    {
        if (ContentKinds.ByEntityName(entityType) is not { } kind || string.IsNullOrEmpty(snapshot))
        {
            return entityKey;
        }
        using var document = JsonDocument.Parse(snapshot);
        return document.RootElement.TryGetProperty(kind.TitleProperty, out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } text
            ? text
            : entityKey;
    }

    /// <summary>
    /// The labels of the form's fields that differ between the two snapshots, « Statut » when the
    /// status changed, « Vérification » for a review; empty for a creation (no previous snapshot) or
    /// a save that changed nothing.
    /// </summary>
    public static IReadOnlyList<string> ChangedFields(string entityType, string? previous, string? snapshot)
    {
        if (ContentKinds.ByEntityName(entityType) is not { } kind || string.IsNullOrEmpty(previous) || string.IsNullOrEmpty(snapshot))
        {
            return [];
        }
        using var before = JsonDocument.Parse(previous);
        using var after = JsonDocument.Parse(snapshot);
        var fields = kind.Fields.Select(f => f.Label).ToHashSet(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var change in RevisionDiff.Compare(kind, before.RootElement, after.RootElement, new Dictionary<Guid, string>()))
        {
            var label = fields.Contains(change.Label) ? change.Label
                : change.Label == nameof(EditableEntity.Status) ? "Statut"
                : change.Label.StartsWith("Vérifié", StringComparison.Ordinal) ? "Vérification"
                : null;
            if (label is not null && !labels.Contains(label))
            {
                labels.Add(label);
            }
        }
        return labels;
    }
}
