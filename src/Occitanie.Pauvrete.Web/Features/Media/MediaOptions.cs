namespace Occitanie.Pauvrete.Web.Features.Media;

/// <summary>Limits on the images and PDFs staff upload (section "Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Largest file accepted, in bytes: 10 Mo by default. A larger one is refused with a message in the form.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Largest upload request the server reads, in bytes: 100 Mo by default, well above
    /// <see cref="MaxFileBytes"/>, so that a file too large is read and refused by the portal with a
    /// message rather than cut by the server with a bare 413. A proxy in front must let as much through
    /// (nginx: <c>client_max_body_size</c>).
    /// </summary>
    public long MaxRequestBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest image in pixels (width × height), 40 million by default: a small file may decode to gigabytes.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;
}
