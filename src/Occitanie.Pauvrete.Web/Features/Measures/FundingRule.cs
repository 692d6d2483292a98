using System.Globalization;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

/// <summary>
/// « Combien pour ma commune ? » (issue 18): a measure's funding as a rule a source states — an
/// amount per unit counted (per meal, per breakfast, per structure and year) or a share of the
/// spending — and the estimate it gives for the commune's number. Only measures whose rule is data
/// (<see cref="Measure.FundingRule"/>) have one: no rule is inferred from a funding sentence.
/// </summary>
/// <param name="Rate">Euros per unit, or the share in percent.</param>
/// <param name="Quantity">What the commune counts, as the form asks it.</param>
/// <param name="Line">The source's own sentence (<see cref="Measure.Funding"/>), shown as the rule's wording.</param>
public sealed record FundingRule(FundingRuleKind Kind, decimal Rate, string Quantity, string? Unit, string? Line, int? Years, decimal? Cap, string? Conditions)
{
    /// <summary>The largest number the form accepts: above it no commune's figure, and no overflow.</summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>The query parameters of the estimate's GET form on the measure page.</summary>
    public const string QuantityParameter = "quantite";

    public const string YearsParameter = "annees";

    /// <summary>The rule of a measure's stored fields; null when it has none or it is incomplete (the admin and the importer refuse that).</summary>
    public static FundingRule? Of(FundingRuleKind? kind, decimal? amount, string? unit, string? line, string? quantity, decimal? share, int? years, decimal? cap, string? conditions) =>
        Problems(kind, amount, quantity, share, years, cap).Any() || kind is not { } rule || Text.Given(quantity) is not { } counted
            ? null
            : new FundingRule(rule, rule == FundingRuleKind.PerUnit ? amount!.Value : share!.Value, counted, Text.Given(unit), Text.Given(line), years, cap, Text.Given(conditions));

    /// <summary>
    /// What makes a rule unusable, by the measure's property: the one check of the admin's form and of
    /// the content importer. No rule, no problem: the other fields are then ignored.
    /// </summary>
    public static IEnumerable<(string Property, string Message)> Problems(FundingRuleKind? kind, decimal? amount, string? quantity, decimal? share, int? years, decimal? cap)
    {
        if (kind is null)
        {
            yield break;
        }
        if (Text.Given(quantity) is null)
        {
            yield return (nameof(Measure.FundingRuleQuantity), "Une règle de calcul demande ce que compte la commune (par exemple « Repas servis par an »).");
        }
        if (kind == FundingRuleKind.PerUnit && amount is not > 0)
        {
            yield return (nameof(Measure.FundingAmount), "Une règle « montant par unité » demande un montant en euros positif.");
        }
        if (kind == FundingRuleKind.ShareOfSpending && share is not (> 0 and <= 100))
        {
            yield return (nameof(Measure.FundingRuleShare), "Une règle « part des dépenses » demande une part entre 0 et 100 %.");
        }
        if (years is < 1 or > 50)
        {
            yield return (nameof(Measure.FundingRuleYears), "Le nombre d'années va de 1 à 50.");
        }
        if (cap is <= 0)
        {
            yield return (nameof(Measure.FundingRuleCap), "Le plafond est un montant positif.");
        }
    }

    /// <summary>« 3 € par repas servi, chaque année, pendant 3 ans au plus » / « 80 % des dépenses »: the rule as the form states it.</summary>
    public string Statement => Kind switch
    {
        FundingRuleKind.ShareOfSpending => $"{FrenchFormat.Number(Rate)}\u00A0% des dépenses",
        _ => string.Join(", ", new[] { string.Join(" ", new[] { FrenchFormat.Euros(Rate), Unit }.OfType<string>()), Years is { } y ? $"pendant {Text.Count(y, "an", "ans")} au plus" : null }.OfType<string>()),
    } + (Cap is { } cap ? $", dans la limite de {FrenchFormat.Euros(cap)}" : "");

    /// <summary>
    /// The estimate for <paramref name="quantity"/> (and <paramref name="years"/> when the rule is
    /// yearly; the rule's years when not given), with its formula; an error in French when a number
    /// is not one the form accepts.
    /// </summary>
    public FundingEstimateResult Estimate(string? quantity, string? years)
    {
        if (!TryParse(quantity, out var counted) || counted < 0 || counted > MaxQuantity)
        {
            return new FundingEstimateResult(null, $"Indiquez un nombre positif, sans lettres, jusqu'à {FrenchFormat.Number(MaxQuantity)} (par exemple 1 200 ou 1 200,50).", null);
        }
        var yearCount = 1;
        if (Years is { } most)
        {
            if (string.IsNullOrWhiteSpace(years))
            {
                yearCount = most;
            }
            else if (!int.TryParse(years.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out yearCount) || yearCount < 1 || yearCount > most)
            {
                return new FundingEstimateResult(null, null, $"Indiquez un nombre d'années de 1 à {most}.");
            }
        }
        var amount = Kind == FundingRuleKind.ShareOfSpending ? counted * Rate / 100m : counted * Rate * yearCount;
        amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var capped = Cap is { } cap && amount > cap;
        var total = capped ? Cap!.Value : amount;
        var formula = Kind == FundingRuleKind.ShareOfSpending
            ? $"{FrenchFormat.Euros(counted)} × {FrenchFormat.Number(Rate)}\u00A0% = {FrenchFormat.Euros(amount)}"
            : $"{FrenchFormat.Number(counted)} × {FrenchFormat.Euros(Rate)}{(Years is null ? "" : $" × {Text.Count(yearCount, "an", "ans")}")} = {FrenchFormat.Euros(amount)}";
        if (capped)
        {
            formula += $", plafonné à {FrenchFormat.Euros(total)}";
        }
        return new FundingEstimateResult(new FundingEstimate(counted, Years is null ? null : yearCount, total, formula), null, null);
    }

    /// <summary>« 1 200 », « 1 200,50 », « 1200.5 »: spaces (no-break ones too) ignored, a comma or a point as the decimal mark.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (text is null || text.Length > 40)
        {
            return false;
        }
        var digits = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace(',', '.');
        return digits.Length > 0 && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

/// <param name="Years">The years counted, for a yearly rule.</param>
/// <param name="Formula">« 1 200 × 3 € × 3 ans = 10 800 € ».</param>
public sealed record FundingEstimate(decimal Quantity, int? Years, decimal Amount, string Formula);

/// <summary>An estimate, or what is wrong with the number or with the years typed.</summary>
public sealed record FundingEstimateResult(FundingEstimate? Estimate, string? QuantityError, string? YearsError);
