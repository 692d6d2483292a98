using System.Globalization;
using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

/// <summary>What the State funds and how much, as the data gives it.</summary>
/// <param name="Line">The source's own sentence ("3 € par repas servi dans la tranche…").</param>
/// <param name="Amount">The amount in euros when the source gives one.</param>
/// <param name="Unit">What the amount is counted in ("par repas servi").</param>
/// <param name="Period">How long it lasts ("pendant 3 ans").</param>
/// <remarks>
/// The amount has one place, <paramref name="Amount"/>: a line that cites another amount (saved before
/// the editor refused it, <see cref="AmountsIn"/>) is out of date and shown nowhere, so a changed amount
/// never leaves the old « 3 € » beside the new one.
/// </remarks>
public sealed partial record MeasureFunding(string? Line, decimal? Amount, string? Unit, string? Period)
{
    /// <summary>The funding in one line for a card (<see cref="Fact"/>), from a measure's stored fields.</summary>
    public static string? FactOf(string? line, decimal? amount, string? unit, string? period) => new MeasureFunding(line, amount, unit, period).Fact;

    /// <summary>
    /// The amounts in euros a text cites: « 3 € », « 15 000 euros », « 1,30 € », « 6,6 millions d'euros ».
    /// </summary>
    public static IReadOnlyList<decimal> AmountsIn(string text) =>
        [.. EuroAmount().Matches(text).Select(m =>
            decimal.Parse(string.Concat(m.Groups["whole"].Value.Where(char.IsDigit)) + (m.Groups["decimals"].Success ? "." + m.Groups["decimals"].Value : ""), CultureInfo.InvariantCulture)
            * (m.Groups["scale"].Value.StartsWith("milliard", StringComparison.Ordinal) ? 1_000_000_000m : m.Groups["scale"].Success ? 1_000_000m : 1m))];

    [GeneratedRegex(@"(?<![\d,])(?<whole>\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(?<decimals>\d+))?\s*(?:(?<scale>millions?|milliards?)\s*(?:d['’]\s*)?)?(?:€|euros?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EuroAmount();

    /// <summary>What the API and the open data give as the line: <see cref="AgreeingLine"/>.</summary>
    public static string? AgreeingLineOf(string? line, decimal? amount) => new MeasureFunding(line, amount, null, null).AgreeingLine;

    /// <summary>The source's line, unless it cites an amount other than <see cref="Amount"/> (then it is out of date).</summary>
    public string? AgreeingLine =>
        Text.Given(Line) is { } line && (Amount is not { } amount || AmountsIn(line) is not { Count: > 0 } stated || stated.Contains(amount)) ? line : null;

    /// <summary>"15 000 € par structure et par an, pendant 3 ans": the amount with its unit and period; null without an amount.</summary>
    public string? Figure =>
        Amount is { } amount
            ? string.Join(", ", new[] { string.Join(" ", new[] { FrenchFormat.Euros(amount), Text.Given(Unit) }.OfType<string>()), Text.Given(Period) }.OfType<string>())
            : null;

    /// <summary>
    /// The figure as « L'essentiel » puts it first, in bold: only when the source's line does not
    /// already state the amount (« Subvention annuelle de 15 000 € par structure pendant 3 ans » says
    /// it): one fact is not written twice in a row where every line counts.
    /// </summary>
    public string? Headline => Amount is { } amount && (AgreeingLine is not { } line || !Says(line, FrenchFormat.Euros(amount))) ? Figure : null;

    /// <summary>
    /// The source's line; with the period after it when no headline carries it and the line does
    /// not say it; the period alone when there is neither line nor amount.
    /// </summary>
    public string? Sentence
    {
        get
        {
            var line = AgreeingLine;
            if (Headline is not null || Text.Given(Period) is not { } period)
            {
                return line;
            }
            if (line is null)
            {
                return Text.Capitalize(period);
            }
            return Says(line, period) ? line : $"{line}, {period}";
        }
    }

    public bool IsKnown => Headline is not null || Sentence is not null;

    /// <summary>The funding in one line: the source's line when it states the amount (it says more), else the figure.</summary>
    public string? Fact => Headline ?? Sentence;

    /// <summary>Whether <paramref name="text"/> holds <paramref name="fragment"/>, spaces (no-break ones too) and case aside.</summary>
    private static bool Says(string text, string fragment) =>
        Squeeze(text).Contains(Squeeze(fragment), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>Whom to call, in one line of « L'essentiel ».</summary>
/// <param name="Name">The contact's name, or the office of the département the reader chose.</param>
/// <param name="Phone">A number to dial, when the data has one.</param>
/// <param name="Email">An address to write to, when the data has one and no phone.</param>
/// <param name="ChooseDepartement">The contact is « the service of your département »: the line leads to the département choice.</param>
public sealed record EssentialContact(string Name, string? Phone, string? Email, bool ChooseDepartement);

/// <summary>
/// « L'essentiel » of a measure, right after its title: what the State funds and how much, who may
/// apply, how to apply, whom to call — each only when the data has it, short enough to fit a phone's
/// first screen. When the data has fewer than three of these answers, the next known facts fill it
/// up to three lines, in this order: the kind of help, who carries it, where a commune did it, for
/// whom, its axis (every measure has one, so « L'essentiel » is never empty). Everything stays in
/// the details below.
/// </summary>
public sealed record MeasureEssentials
{
    /// <summary>How many lines the other known facts fill « L'essentiel » up to, when the four answers are not all known.</summary>
    public const int FilledLines = 3;

    /// <summary>How long the first step may be: two lines on a phone, with its link.</summary>
    public const int FirstStepLength = 90;

    public required MeasureFunding Funding { get; init; }

    public required string? Applicants { get; init; }

    /// <summary>The first step of how to apply, cut to <see cref="FirstStepLength"/>; the whole text is further down.</summary>
    public required string? FirstStep { get; init; }

    /// <summary>When there is no « how to apply » text: the first link with an address.</summary>
    public required Link? ApplyLink { get; init; }

    public required EssentialContact? Contact { get; init; }

    public string? HelpKind { get; init; }

    public string? Porteurs { get; init; }

    public MeasureWorkshopLink? Workshop { get; init; }

    public string? Publics { get; init; }

    public MeasureAxisLink? Axis { get; init; }

    public int Lines =>
        new object?[] { Funding.IsKnown ? Funding : null, Applicants, FirstStep ?? (object?)ApplyLink, Contact, HelpKind, Porteurs, Workshop, Publics, Axis }
            .Count(line => line is not null);

    public bool IsEmpty => Lines == 0;

    /// <param name="howToApplyFirstStep">The first step of the « how to apply » text (<see cref="MarkdownRenderer.FirstStep"/>).</param>
    /// <param name="local">The contact of the reader's département for one of the measure's services, when they chose one and the data has it.</param>
    public static MeasureEssentials Of(
        MeasureFunding funding,
        IReadOnlyList<string> applicants,
        string? howToApplyFirstStep,
        IReadOnlyList<Link> links,
        IReadOnlyList<Contact> contacts,
        LocalContactCard? local,
        HelpKind? helpKind,
        IReadOnlyList<string> porteurs,
        IReadOnlyList<MeasureWorkshopLink> workshops,
        IReadOnlyList<string> publics,
        MeasureAxisLink? axis)
    {
        var essentials = new MeasureEssentials
        {
            Funding = funding,
            Applicants = applicants.Count == 0 ? null : string.Join(", ", applicants),
            FirstStep = howToApplyFirstStep is null ? null : Text.Excerpt(howToApplyFirstStep, FirstStepLength),
            ApplyLink = howToApplyFirstStep is null ? links.FirstOrDefault(l => WebAddress.IsSafe(l.Url)) : null,
            Contact = ContactOf(contacts, local),
        };
        // The free lines, filled in order of use to someone with no answer yet.
        var free = FilledLines - essentials.Lines;
        string? Take(string? fact) => fact is not null && free-- > 0 ? fact : null;
        return essentials with
        {
            HelpKind = Take(helpKind is { } kind ? HelpKindLabel.For(kind) : null),
            Porteurs = Take(porteurs.Count == 0 ? null : string.Join(", ", porteurs)),
            Workshop = workshops.Count > 0 && free-- > 0 ? workshops[0] : null,
            Publics = Take(publics.Count == 0 ? null : string.Join(", ", publics)),
            Axis = axis is not null && free-- > 0 ? axis : null,
        };
    }

    /// <summary>
    /// The reader's départemental office when they chose one and it has a phone or an address; else
    /// the first contact with a phone or an e-mail; else the first « service of your département »;
    /// else the first contact named.
    /// </summary>
    private static EssentialContact? ContactOf(IReadOnlyList<Contact> contacts, LocalContactCard? local)
    {
        if (local is { } office && (Text.Given(office.Phone) ?? Text.Given(office.Email)) is not null)
        {
            return new EssentialContact(office.Name, Text.Given(office.Phone), Text.Given(office.Phone) is null ? Text.Given(office.Email) : null, ChooseDepartement: false);
        }
        if (contacts.FirstOrDefault(c => (Text.Given(c.Phone) ?? Text.Given(c.Mobile) ?? Text.Given(c.Email)) is not null) is { } reachable)
        {
            var phone = Text.Given(reachable.Phone) ?? Text.Given(reachable.Mobile);
            return new EssentialContact(reachable.Name, phone, phone is null ? Text.Given(reachable.Email) : null, ChooseDepartement: false);
        }
        if (contacts.FirstOrDefault(c => Text.Given(c.Service) is not null) is { } service)
        {
            return new EssentialContact(service.Name, null, null, ChooseDepartement: true);
        }
        return contacts.FirstOrDefault(c => Text.Given(c.Name) is not null) is { } named
            ? new EssentialContact(named.Name, null, null, ChooseDepartement: false)
            : null;
    }
}

/// <summary>« L'essentiel »'s lines as a view shows them (<c>_EssentialsList</c>).</summary>
/// <param name="PagePath">The measure's page, which the lines' links lead into when they are not on it.</param>
/// <param name="OnItsPage">On the measure's own page: each line has its id and the links lead within the page
/// (« #comment-faire »); elsewhere several measures share the page, so no ids, and the links lead to each measure's page.</param>
public sealed record EssentialsList(MeasureEssentials Essentials, string PagePath, bool OnItsPage);
