using System.Linq.Expressions;

namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>Whether an item is visible on the public site.</summary>
public enum PublicationStatus
{
    Draft,
    Published,

    /// <summary>In the admin's trash (« corbeille »): hidden everywhere, restorable; nothing is ever removed from the database.</summary>
    Deleted,
}

/// <summary>
/// What every item staff can edit carries: publication status, who created and changed it and
/// when, a concurrency token and the hash of the content file it was last imported from.
/// <see cref="PortalDbContext"/> stamps the timestamps and the token and writes a
/// <see cref="Revision"/> on every save.
/// </summary>
public abstract class EditableEntity
{
    /// <summary>Generated on the client when the item is added, so a revision can name it in the same save.</summary>
    public Guid Id { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Published;

    /// <summary>
    /// « Is it published? », the one test of what the public may see: a draft or an item in the
    /// trash is shown nowhere. Queries read this property too (see <see cref="PublishedInterceptor"/>).
    /// </summary>
    public bool IsPublished => _isPublished(this);

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who made the change being saved; set by whoever saves (a staff e-mail or the importer).</summary>
    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency token, renewed on every save (works the same on SQLite and SQL Server).</summary>
    public Guid Version { get; set; }

    /// <summary>Hash of the content file (or list item) this item was last imported from; null for items created in the admin.</summary>
    public string? ImportHash { get; set; }

    /// <summary>
    /// A version saved « en attente » while the published one stays on the site: the item's full
    /// state as <see cref="RevisionSnapshot"/> writes it, until staff publish or abandon it
    /// (decision 0013). Null when there is none. Not part of any snapshot itself.
    /// </summary>
    public string? PendingSnapshot { get; set; }

    /// <summary>When the pending version was last saved (stamped by <see cref="PortalDbContext"/>).</summary>
    public DateTime? PendingSavedAt { get; set; }

    /// <summary>Who last saved the pending version (stamped by <see cref="PortalDbContext"/>).</summary>
    public string? PendingSavedBy { get; set; }

    public bool HasPendingVersion => PendingSnapshot is not null;

    /// <summary>
    /// When a draft goes on line by itself (UTC; staff type and read it in Paris time): the
    /// portal publishes it at that moment (<see cref="Features.Shared.PublicationSchedule"/>), so
    /// until then it is a draft that <see cref="IsPublished"/> hides everywhere (decision 0019).
    /// </summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>When a published item goes back to draft by itself (« dépublier le … »), UTC.</summary>
    public DateTime? UnpublishAt { get; set; }

    /// <summary>Who set <see cref="PublishAt"/> or <see cref="UnpublishAt"/>: the publication done at that moment is recorded in their name.</summary>
    public string? ScheduledBy { get; set; }

    /// <summary>The natural key people and content files use (slug, INSEE code, file name).</summary>
    public abstract string Key { get; }

    /// <summary>What <see cref="IsPublished"/> means, as an expression EF Core translates to SQL.</summary>
    internal static readonly Expression<Func<EditableEntity, bool>> IsPublishedDefinition = item => item.Status == PublicationStatus.Published;

    private static readonly Func<EditableEntity, bool> _isPublished = IsPublishedDefinition.Compile();
}

/// <summary>An editorial item of the portal: it has a page, a title, a body and its sources.</summary>
public abstract class ContentItem : EditableEntity
{
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";

    /// <summary>Note of the editors when the sources disagree, are cut or repeat a block by mistake.</summary>
    public string? EditorNote { get; set; }

    public List<SourceReference> Sources { get; set; } = [];

    /// <summary>When staff last checked the item against its sources (« Marquer comme vérifié »); null until then.</summary>
    public DateOnly? VerifiedOn { get; set; }

    /// <summary>Who checked it (<see cref="VerifiedOn"/>).</summary>
    public string? VerifiedBy { get; set; }

    public override string Key => Slug;
}

/// <summary>Where in a source document a fact comes from.</summary>
public class SourceReference
{
    /// <summary>File name of a <see cref="SourceDocument"/>.</summary>
    public string Document { get; set; } = "";

    /// <summary>Page or section in it ("p.15", "Atelier n°1").</summary>
    public string? Location { get; set; }
}
