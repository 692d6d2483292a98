using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Home;

public sealed record HomeIntention(string Slug, string Phrase, string? Summary);

public sealed record HomeAxis(int Number, string Slug, string Title, string? Summary);

/// <summary>A key figure: "13 départements" and the rest of its label ("ont contractualisé…").</summary>
public sealed record HomeFigure(string Value, string Label);

/// <summary>A funding line and the width of its bar, in percent of the largest line.</summary>
public sealed record HomeFundingLine(string Label, decimal Amount, int BarPercent);

/// <summary>
/// The funding lines of the latest year, their sum, and the total the sources announce for that
/// year (null when no key figure gives it): the lines need not add up to it.
/// </summary>
public sealed record HomeFunding(int Year, IReadOnlyList<HomeFundingLine> Lines, decimal? Announced, IReadOnlyList<SourceCitation> Sources)
{
    public decimal Sum => Lines.Sum(l => l.Amount);
}

public sealed record HomePressRelease(string Slug, string Title, DateOnly Date, string? Lead);

public sealed record HomeConference(string Slug, string Title, DateOnly Date, DateOnly? EndDate, DatePrecision DatePrecision, string Place);

public sealed record HomeViewModel(
    IReadOnlyList<HomeIntention> Intentions,
    IReadOnlyList<HomeAxis> Axes,
    IReadOnlyList<HomeFigure> Figures,
    HomeFunding? Funding,
    IReadOnlyList<HomePressRelease> PressReleases,
    IReadOnlyList<HomeConference> Conferences)
    : PageViewModel(
        "Accueil",
        "Ce que l'État propose et finance aux communes d'Occitanie pour prévenir et lutter contre la pauvreté.");
