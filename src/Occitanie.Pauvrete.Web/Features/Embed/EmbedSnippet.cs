using System.Globalization;

namespace Occitanie.Pauvrete.Web.Features.Embed;

/// <summary>The markup a webmaster pastes into their page: a frame of the block, nothing else.</summary>
public static class EmbedSnippet
{
    /// <summary>
    /// The frame's height in pixels for a block of <paramref name="lines"/> items (and notices): the
    /// heading, the link to the whole list and the credit, then about two lines per item, as they
    /// read in a column of some 40 em; no less than a phone's screen holds, no more than a page's
    /// side column would give. What does not fit scrolls inside the frame, and the webmaster may
    /// change the figure: the block reads at any height, from 320 px wide.
    /// </summary>
    public static int HeightFor(int lines) => Math.Clamp(240 + (80 * lines), 320, 800);

    /// <param name="blockUrl">The block's absolute address (<see cref="Shared.SiteAddress.For"/>).</param>
    /// <param name="heading">The block's heading, the frame's title for screen readers.</param>
    /// <remarks>
    /// The width in a style attribute (an iframe's width attribute takes pixels only). Lazy: a
    /// block at the foot of a commune's page costs its visitors nothing until they scroll to it.
    /// </remarks>
    public static string For(string blockUrl, string heading, int height) =>
        $"<iframe src=\"{Attribute(blockUrl)}\" title=\"{Attribute(heading)}\" height=\"{height.ToString(CultureInfo.InvariantCulture)}\" loading=\"lazy\" style=\"width: 100%; border: 0;\"></iframe>";

    /// <summary>A value between double quotes; French letters stay as they are, for a snippet a person reads.</summary>
    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
