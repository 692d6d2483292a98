namespace Occitanie.Pauvrete.Web.Features.Embed;

/// <summary>The markup a webmaster pastes into their page: a frame of the block, nothing else.</summary>
public static class EmbedSnippet
{
    /// <summary>
    /// Room for four or five measures with their funding line; a longer list scrolls inside the
    /// frame. The webmaster may change it: the block reads well at any height and from 320 px wide.
    /// </summary>
    public const int Height = 600;

    /// <param name="blockUrl">The block's absolute address (<see cref="Shared.SiteAddress.For"/>).</param>
    /// <param name="heading">The block's heading, the frame's title for screen readers.</param>
    /// <remarks>
    /// The width in a style attribute (an iframe's width attribute takes pixels only). Lazy: a
    /// block at the foot of a commune's page costs its visitors nothing until they scroll to it.
    /// </remarks>
    public static string For(string blockUrl, string heading) =>
        $"<iframe src=\"{Attribute(blockUrl)}\" title=\"{Attribute(heading)}\" height=\"{Height}\" loading=\"lazy\" style=\"width: 100%; border: 0;\"></iframe>";

    /// <summary>A value between double quotes; French letters stay as they are, for a snippet a person reads.</summary>
    private static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
