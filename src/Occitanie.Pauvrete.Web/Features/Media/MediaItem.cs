using System.Linq.Expressions;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Features.Media;

/// <summary>An image or PDF of a page as the page shows it: its address, text and « PDF, 240 Ko ».</summary>
public sealed record MediaItem(Guid Id, MediaKind Kind, string Hash, string FileName, string ContentType, long Size, string? AltText, string? Title)
{
    /// <summary>The projection a page's query reads its files with (never the bytes), in the order they were added.</summary>
    public static readonly Expression<Func<MediaFile, MediaItem>> Projection =
        f => new MediaItem(f.Id, f.Kind, f.Hash, f.FileName, f.ContentType, f.Size, f.AltText, f.Title);

    /// <summary>The public address; a staff preview of an unpublished item reads the file from the admin area instead.</summary>
    public string Url(bool staffView) => staffView ? MediaPaths.Staff(Id) : MediaPaths.Public(Hash, FileName);

    /// <summary>What a download link says: the PDF's title, else its file name.</summary>
    public string LinkText => string.IsNullOrWhiteSpace(Title) ? FileName : Title;

    /// <summary>« PDF, 240 Ko ».</summary>
    public string Detail => MediaFormat.Detail(ContentType, Size);
}

/// <summary>A page's images and PDFs, and whether they are read from the admin area (staff's preview).</summary>
public sealed record PageMedia(IReadOnlyList<MediaItem> Files, bool StaffView)
{
    public static PageMedia None { get; } = new([], false);

    public IEnumerable<MediaItem> Images => Files.Where(f => f.Kind == MediaKind.Image);

    public IEnumerable<MediaItem> Documents => Files.Where(f => f.Kind == MediaKind.Pdf);
}

/// <summary>Where files are served.</summary>
public static class MediaPaths
{
    /// <summary>/fichiers/{hash}/{name}: the content's hash in the address, so it may be cached for good.</summary>
    public static string Public(string hash, string fileName) => $"/fichiers/{hash}/{Uri.EscapeDataString(fileName)}";

    /// <summary>The same file for signed-in staff, whatever the status of its item.</summary>
    public static string Staff(Guid id) => $"/admin/fichiers/{id}";
}
