using System.Text.RegularExpressions;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// The site serves only the DSFR parts it uses (tools/dsfr/build.mjs): a DSFR class written in a view,
/// in C# or in the site's scripts must be styled by the vendored stylesheets, or a component is missing
/// from the build's list.
/// </summary>
public sealed partial class DsfrPartsTests
{
    /// <summary>Names that look like DSFR classes but are ids, or markup classes the DSFR 1.15 CSS gives no rule.</summary>
    private static readonly HashSet<string> _notStyled =
    [
        "fr-theme-modal", "fr-theme-modal-title", "fr-radios-theme", "fr-radios-theme-", // ids and names of the display dialog
        "fr-form-group", "fr-footer__content-item", "fr-summary__list", "fr-select--error", "fr-col-auto",
    ];

    [Fact]
    public void Every_dsfr_class_the_site_writes_is_in_the_vendored_parts()
    {
        var web = Path.Combine(Paths.Repository, "src", "Occitanie.Pauvrete.Web");
        var dsfr = Path.Combine(web, "wwwroot", "lib", "dsfr");
        var css = File.ReadAllText(Path.Combine(dsfr, "dsfr.portal.min.css")) + File.ReadAllText(Path.Combine(dsfr, "dsfr.portal.print.min.css"));
        var sources = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "wwwroot", "js"), "*.js"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var used = sources.SelectMany(f => DsfrName().Matches(File.ReadAllText(f)).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var missing = used
            .Where(c => !_notStyled.Contains(c) && !Regex.IsMatch(css, $@"\.{Regex.Escape(c)}(?![\w-])"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("fr-header", used);
        Assert.Contains("fr-display", used);
        Assert.Empty(missing);
    }

    // fr-… not preceded by a name character: leaves out data-fr-… attributes and the fr-FR culture.
    [GeneratedRegex(@"(?<![\w-])fr-[a-z0-9_-]+")]
    private static partial Regex DsfrName();
}
