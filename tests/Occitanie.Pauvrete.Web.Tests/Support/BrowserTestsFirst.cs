using Occitanie.Pauvrete.Web.Tests.Browser;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Occitanie.Pauvrete.Web.Tests.Support.BrowserTestsFirst", "Occitanie.Pauvrete.Web.Tests")]

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The browser test classes are the longest: started first, they run beside all the others
/// instead of after them.
/// </summary>
public sealed class BrowserTestsFirst : ITestCollectionOrderer
{
    private static readonly string BrowserNamespace = typeof(BrowserHost).Namespace + ".";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains(BrowserNamespace, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
