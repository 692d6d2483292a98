using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// Reads just enough of a PDF printed by Chromium to say how many sheets it has and how much text
/// each holds: the page tree in order, each page's content streams (Flate) and the glyphs its text
/// operators (Tj, TJ) show. Chromium writes its text as hex strings of two-byte glyph ids.
/// </summary>
public static partial class PdfSheets
{
    /// <summary>The number of glyphs on each sheet, in order.</summary>
    public static List<int> GlyphsPerSheet(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, (int Start, int End)>();
        foreach (Match match in ObjectStart().Matches(text))
        {
            var end = text.IndexOf("endobj", match.Index, StringComparison.Ordinal);
            objects[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = (match.Index, end < 0 ? text.Length : end);
        }
        string Body(int id) => text[objects[id].Start..objects[id].End];

        var root = objects.Keys.First(id => PagesType().IsMatch(Dictionary(Body(id))));
        var pages = new List<int>();
        void Walk(int id)
        {
            var dictionary = Dictionary(Body(id));
            if (PagesType().IsMatch(dictionary))
            {
                foreach (Match kid in Reference().Matches(Kids().Match(dictionary).Groups[1].Value))
                {
                    Walk(int.Parse(kid.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                pages.Add(id);
            }
        }
        Walk(root);

        return [.. pages.Select(page =>
        {
            var contents = Contents().Match(Dictionary(Body(page))).Groups[1].Value;
            return Reference().Matches(contents)
                .Sum(r => Glyphs(StreamOf(Body(int.Parse(r.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), pdf, objects[int.Parse(r.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Start)));
        })];
    }

    /// <summary>The dictionary of an object: its text before any stream.</summary>
    private static string Dictionary(string body)
    {
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream < 0 ? body : body[..stream];
    }

    private static string StreamOf(string body, byte[] pdf, int objectStart)
    {
        var start = body.IndexOf("stream", StringComparison.Ordinal) + "stream".Length;
        start += body[start] == '\r' ? 2 : 1;
        var end = body.LastIndexOf("endstream", StringComparison.Ordinal);
        var data = pdf.AsSpan(objectStart + start, end - start).ToArray();
        if (!body[..start].Contains("/FlateDecode", StringComparison.Ordinal))
        {
            return Encoding.Latin1.GetString(data);
        }
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
        {
            try
            {
                zlib.CopyTo(inflated);
            }
            catch (InvalidDataException)
            {
                // A stream cut by a trailing end-of-line keeps what was read.
            }
        }
        return Encoding.Latin1.GetString(inflated.ToArray());
    }

    /// <summary>Glyphs shown by Tj and TJ: two-byte ids written in hex, four digits a glyph.</summary>
    private static int Glyphs(string content) =>
        TextShown().Matches(content).Sum(m => HexString().Matches(m.Value).Sum(h => h.Groups[1].Value.Length / 4));

    [GeneratedRegex(@"(?m)^(\d+) 0 obj")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"/Contents\s*(\[[^\]]*\]|\d+ 0 R)")]
    private static partial Regex Contents();

    [GeneratedRegex(@"(\d+) 0 R")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)")]
    private static partial Regex TextShown();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex HexString();
}
