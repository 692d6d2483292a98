using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Estimates;

public sealed record EstimatedMeasure(string Slug, string Title, FundingRule Rule)
{
    /// <summary>The measure's estimate form.</summary>
    public string Url => PublicPaths.Measure(Slug) + "#combien";
}

public sealed record EstimatesViewModel(IReadOnlyList<EstimatedMeasure> Measures)
    : PageViewModel("Combien pour ma commune ?", "Les mesures dont les sources donnent le financement comme une règle (par repas, par petit-déjeuner, par structure et par an, une part des dépenses), chacune avec son estimation.");

public sealed class EstimatesQuery(PortalDbContext db)
{
    private static readonly StringComparer _frenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<EstimatesViewModel> LoadAsync(CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Published()
            .Where(m => m.FundingRule != null)
            .Select(m => new
            {
                m.Slug,
                m.Title,
                m.FundingRule,
                m.FundingAmount,
                m.FundingUnit,
                m.Funding,
                m.FundingRuleQuantity,
                m.FundingRuleShare,
                m.FundingRuleYears,
                m.FundingRuleCap,
                m.FundingRuleConditions,
            })
            .ToListAsync(cancellationToken);
        return new EstimatesViewModel([.. measures
            .Select(m => FundingRule.Of(m.FundingRule, m.FundingAmount, m.FundingUnit, m.Funding, m.FundingRuleQuantity, m.FundingRuleShare, m.FundingRuleYears, m.FundingRuleCap, m.FundingRuleConditions) is { } rule
                ? new EstimatedMeasure(m.Slug, m.Title, rule)
                : null)
            .OfType<EstimatedMeasure>()
            .OrderBy(m => m.Title, _frenchOrder)])
        {
            Breadcrumb = [new Crumb("Combien pour ma commune ?")],
        };
    }
}
