namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>What a <see cref="MediaFile"/> is: an image shown on the page, or a PDF offered for download.</summary>
public enum MediaKind
{
    Image,
    Pdf,
}

/// <summary>
/// An image or a PDF attached to a press release or a page, or the PDF of a source document, uploaded in the admin. Its bytes live in
/// the database, so every instance of the portal serves the same files with nothing shared but the
/// database (decision 0016). An image is stored as re-encoded by the portal, without the metadata
/// of the file sent; <see cref="Hash"/> is that of the stored bytes and names the file in its
/// public address, which may therefore be cached for good.
/// </summary>
public class MediaFile
{
    public Guid Id { get; set; }

    /// <summary>The release it belongs to; null for a page's file.</summary>
    public Guid? PressReleaseId { get; set; }

    public PressRelease? PressRelease { get; set; }

    /// <summary>The page it belongs to; null for a release's file.</summary>
    public Guid? PageId { get; set; }

    public Page? Page { get; set; }

    /// <summary>The source document it is the file of (a PDF, one at most); null for a release's or a page's file.</summary>
    public Guid? SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>The name the file is downloaded under: the sent name, reduced to safe characters.</summary>
    public string FileName { get; set; } = "";

    /// <summary>image/jpeg, image/png, image/webp or application/pdf: found from the bytes, never from the sender.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hexadecimal.</summary>
    public string Hash { get; set; } = "";

    /// <summary>An image's text alternative (required for an image).</summary>
    public string? AltText { get; set; }

    /// <summary>A PDF's title as the page lists it (« Dossier de presse »); its file name when empty.</summary>
    public string? Title { get; set; }

    public byte[] Content { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
