namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// A line of a horizontal bar chart (<c>_Bars</c>: the home page's funding, « Statistiques »): its
/// label, linked when <paramref name="Href"/> is given, its value as written next to the bar, and the
/// bar's width in percent of the largest line (a class of portal.css, <c>portal-bar--w0</c> to <c>w100</c>).
/// </summary>
public sealed record Bar(string Label, string Value, int Percent, string? Href = null)
{
    /// <summary>The width of a bar of <paramref name="value"/> when the largest is <paramref name="largest"/>, 0 to 100.</summary>
    public static int PercentOf(decimal value, decimal largest) => largest <= 0 ? 0 : (int)Math.Round(Math.Clamp(value / largest, 0, 1) * 100);
}
