namespace Occitanie.Pauvrete.Web.Data.Import;

/// <summary>What an import did, item by item.</summary>
public sealed class ContentImportReport
{
    public int Read { get; set; }

    public List<string> Added { get; } = [];

    /// <summary>Items nobody edited since their import, refreshed because their file changed.</summary>
    public List<string> Refreshed { get; } = [];

    public int Unchanged { get; set; }

    /// <summary>Items staff edited since their import, left as they are.</summary>
    public List<string> KeptStaffEdits { get; } = [];

    /// <summary>Items staff edited, replaced by their file because the import was forced (their version stays in the revisions).</summary>
    public List<string> OverwrittenStaffEdits { get; } = [];

    public List<ContentError> Errors { get; } = [];

    public override string ToString() =>
        $"{Read} items read: {Added.Count} added, {Refreshed.Count} refreshed, {Unchanged} unchanged, "
        + $"{KeptStaffEdits.Count} staff edits kept, {OverwrittenStaffEdits.Count} staff edits overwritten, {Errors.Count} files or items skipped";
}
