using System.Security.Cryptography;
using Occitanie.Pauvrete.Web.Data.Entities;
using SkiaSharp;

namespace Occitanie.Pauvrete.Web.Features.Media;

/// <summary>A file accepted for storage: what it is, its bytes as stored and their hash.</summary>
public sealed record CheckedMedia(MediaKind Kind, string ContentType, byte[] Content, string Hash);

/// <summary>
/// Decides what a sent file is from its first bytes, never from its name or the type the browser
/// announces, and makes an image safe to serve: decoded and encoded again by the portal, so nothing
/// of the sent file but its pixels survives (EXIF and GPS data, comments, text chunks, anything
/// appended after the image). A PDF is kept as sent: it is only offered for download.
/// </summary>
public static class MediaCheck
{
    public const string JpegType = "image/jpeg";
    public const string PngType = "image/png";
    public const string WebpType = "image/webp";
    public const string PdfType = "application/pdf";

    /// <summary>The types the portal accepts, for the file input's <c>accept</c> attribute (a hint to the browser, checked again here).</summary>
    public const string Accepted = ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf";

    /// <summary>JPEG 85: the quality photographs keep on a web page at a fraction of a camera's size.</summary>
    private const int Quality = 85;

    /// <summary>The type the first bytes say, or null: JPEG (FF D8 FF), PNG (its 8-byte signature), WebP (RIFF….WEBP), PDF (%PDF-).</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => JpegType,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => PngType,
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => WebpType,
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => PdfType,
        _ => null,
    };

    /// <summary>The file ready to store, or the French reason it is refused.</summary>
    public static (CheckedMedia? Media, string? Error) Check(byte[] sent, string fileName, MediaOptions options)
    {
        var name = $"« {fileName} »";
        if (sent.Length == 0)
        {
            return (null, $"Le fichier {name} est vide.");
        }
        if (sent.Length > options.MaxFileBytes)
        {
            return (null, $"Le fichier {name} pèse {MediaFormat.Size(sent.Length)} : la limite est de {MediaFormat.Size(options.MaxFileBytes)}. Réduisez-le (image moins grande, PDF compressé) puis envoyez-le de nouveau.");
        }
        var type = Sniff(sent);
        if (type is null)
        {
            return (null, $"Le fichier {name} n'est ni une image JPEG, PNG ou WebP, ni un PDF : son contenu ne correspond à aucun de ces formats, quel que soit son nom.");
        }
        if (type == PdfType)
        {
            return (new CheckedMedia(MediaKind.Pdf, PdfType, sent, HashOf(sent)), null);
        }
        var encoded = ReEncode(sent, type, options, out var error);
        return encoded is null
            ? (null, error!.Replace("{name}", name, StringComparison.Ordinal))
            : (new CheckedMedia(MediaKind.Image, type, encoded, HashOf(encoded)), null);
    }

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The image decoded, turned as its EXIF orientation says, and encoded again in its own format.</summary>
    private static byte[]? ReEncode(byte[] sent, string type, MediaOptions options, out string? error)
    {
        using var data = SKData.CreateCopy(sent);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            error = "Le fichier {name} commence comme une image mais ne peut pas être lu : il est peut-être abîmé. Enregistrez-le de nouveau depuis votre logiciel d'images.";
            return null;
        }
        if ((long)codec.Info.Width * codec.Info.Height > options.MaxImagePixels)
        {
            error = $"L'image {{name}} mesure {codec.Info.Width} × {codec.Info.Height} pixels : c'est trop grand pour une page web. Réduisez-la (3 000 pixels de large suffisent) puis envoyez-la de nouveau.";
            return null;
        }
        // Decoded into sRGB: the colours stay, no colour profile of the sent file is carried over.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            type == JpegType ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = SKBitmap.Decode(codec, info);
        if (decoded is null)
        {
            error = "Le fichier {name} commence comme une image mais ne peut pas être lu : il est peut-être abîmé. Enregistrez-le de nouveau depuis votre logiciel d'images.";
            return null;
        }
        using var oriented = Oriented(decoded, codec.EncodedOrigin);
        using var pixels = oriented.PeekPixels();
        using var encoded = type switch
        {
            JpegType => pixels.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            PngType => pixels.Encode(SKPngEncoderOptions.Default),
            _ => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality)),
        };
        error = encoded is null ? "L'image {name} n'a pas pu être préparée pour le site. Essayez de l'enregistrer dans un autre format (JPEG ou PNG)." : null;
        return encoded?.ToArray();
    }

    /// <summary>
    /// The EXIF orientation applied to the pixels: the tag goes with the rest of the metadata, and a
    /// photo taken upright with a phone must stay upright.
    /// </summary>
    private static SKBitmap Oriented(SKBitmap source, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(turned ? source.Height : source.Width, turned ? source.Width : source.Height,
            source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(result.Width, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, result.Width / 2f, result.Height / 2f);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, result.Height);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(result.Width, result.Height);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
        }
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return result;
    }
}
