namespace Occitanie.Pauvrete.Web.Data.Entities;

public enum RevisionAction
{
    Created,
    Updated,

    /// <summary>Removed from the database (the importer's --force only) or moved to the trash by staff.</summary>
    Deleted,

    /// <summary>Made public.</summary>
    Published,

    /// <summary>Taken back to draft.</summary>
    Unpublished,

    /// <summary>Taken out of the trash, as a draft.</summary>
    Restored,

    /// <summary>Checked by staff against its sources, content unchanged (« Marquer comme vérifié »): only <see cref="ContentItem.VerifiedOn"/> and <see cref="ContentItem.VerifiedBy"/> changed.</summary>
    Verified,

    /// <summary>A version saved « en attente »: the published one is unchanged; the revision's snapshot is the pending version (decision 0013).</summary>
    PendingSaved,

    /// <summary>The pending version replaced the published one.</summary>
    PendingPublished,

    /// <summary>The pending version was dropped; the published one is unchanged.</summary>
    PendingAbandoned,

    /// <summary>A publication or an unpublication set for a later moment (« Programmer… »), or such a schedule cancelled; content unchanged.</summary>
    Scheduled,

    /// <summary>Staff changed where a reader's report stands (new, in progress, done, rejected); entity type « CorrectionReport ».</summary>
    ReportHandled,
}

/// <summary>The full state of an item after one save, so no version is ever lost.</summary>
public class Revision
{
    public long Id { get; set; }

    /// <summary>CLR name of the entity ("Measure").</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    /// <summary>Natural key at the time of the save (slug, code).</summary>
    public string EntityKey { get; set; } = "";

    public RevisionAction Action { get; set; }

    /// <summary>
    /// The item's <see cref="EditableEntity.Version"/> as this save left it: a form filled from that
    /// version saw this revision. Null for what has no version (an account).
    /// </summary>
    public Guid? EntityVersion { get; set; }

    /// <summary>JSON of every property, owned value and linked item key.</summary>
    public string Snapshot { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
