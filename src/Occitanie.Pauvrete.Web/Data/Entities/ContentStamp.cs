namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>
/// The one row every content save rewrites with a new <see cref="Version"/>: how an instance learns,
/// by reading it every few seconds, that another instance changed the content (see
/// <see cref="Features.Shared.ContentChangeWatcher"/>). A new random value rather than a counter, so
/// two instances saving at the same moment can never write the same value and hide a change.
/// </summary>
public class ContentStamp
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public Guid Version { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>
    /// What the start-up import last read: content/ and the portal's build
    /// (<see cref="Import.ContentImporter.FingerprintOf"/>). A start that finds the same skips the import.
    /// </summary>
    public string? ImportedFingerprint { get; set; }
}
