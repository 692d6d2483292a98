using System.Globalization;

namespace Occitanie.Pauvrete.Web.Features.Media;

/// <summary>File sizes and types as French public sites write them: « PDF, 240 Ko ».</summary>
public static class MediaFormat
{
    private static readonly CultureInfo _french = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"240 Ko", "1,2 Mo", "12 Mo" (1 Ko = 1 024 octets; never « 0 Ko »).</summary>
    public static string Size(long bytes)
    {
        const double Kilo = 1024;
        const double Mega = 1024 * 1024;
        if (bytes < Mega)
        {
            return $"{Math.Max(1, (long)Math.Ceiling(bytes / Kilo)).ToString(_french)}\u00a0Ko";
        }
        var megabytes = bytes / Mega;
        return (megabytes < 10 ? megabytes.ToString("0.#", _french) : Math.Round(megabytes).ToString("0", _french)) + "\u00a0Mo";
    }

    /// <summary>"PDF", "JPEG", "PNG", "WebP".</summary>
    public static string TypeLabel(string contentType) => contentType switch
    {
        MediaCheck.PdfType => "PDF",
        MediaCheck.JpegType => "JPEG",
        MediaCheck.PngType => "PNG",
        MediaCheck.WebpType => "WebP",
        _ => contentType,
    };

    /// <summary>« PDF, 240 Ko ».</summary>
    public static string Detail(string contentType, long bytes) => $"{TypeLabel(contentType)}, {Size(bytes)}";

    /// <summary>
    /// The sent name reduced to letters, digits, dots, hyphens and underscores (accents dropped), with
    /// the extension of the type found: it only names the download, and never carries a path or a quote.
    /// </summary>
    public static string SafeFileName(string sent, string contentType)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(sent.Replace('\\', '/')));
        var decomposed = stem.Normalize(System.Text.NormalizationForm.FormD);
        var safe = new System.Text.StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                safe.Append(c);
            }
            else if (c is ' ' or '\'' && safe.Length > 0 && safe[^1] != '-')
            {
                safe.Append('-');
            }
        }
        var name = safe.ToString().Trim('-', '.', '_');
        if (name.Length == 0)
        {
            name = "fichier";
        }
        if (name.Length > 120)
        {
            name = name[..120];
        }
        var extension = contentType switch
        {
            MediaCheck.PdfType => ".pdf",
            MediaCheck.JpegType => ".jpg",
            MediaCheck.PngType => ".png",
            _ => ".webp",
        };
        return name + extension;
    }
}
