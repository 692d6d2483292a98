using Occitanie.Pauvrete.Web.Tests.Browser;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Occitanie.Pauvrete.Web.Tests.Support.LongestClassesFirst", "Occitanie.Pauvrete.Web.Tests")]

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The test classes that take longest start first, so that none is left running alone at the end
/// of the run: the browser classes, then the classes whose thread mostly waits
/// (<see cref="StartsEarlyAttribute"/>), then the others by name. xunit starts a class when one of
/// its four running classes ends.
/// </summary>
public sealed class LongestClassesFirst : ITestCollectionOrderer
{
    private const string PerClassCollectionPrefix = "Test collection for ";

    private static readonly string BrowserNamespace = typeof(BrowserHost).Namespace + ".";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(ITestCollection collection)
    {
        if (collection.DisplayName.Contains(BrowserNamespace, StringComparison.Ordinal))
        {
            return 0;
        }
        // Each class is its own collection, named after the class.
        var className = collection.DisplayName.StartsWith(PerClassCollectionPrefix, StringComparison.Ordinal)
            ? collection.DisplayName[PerClassCollectionPrefix.Length..]
            : null;
        return className is not null && typeof(LongestClassesFirst).Assembly.GetType(className)?.IsDefined(typeof(StartsEarlyAttribute), inherit: false) == true ? 1 : 2;
    }
}

/// <summary>
/// A test class that takes seconds while its thread mostly waits: on a timeout, on a watcher's
/// tick, or on another process that does the work (a JVM, a portal of its own). Started before the
/// other classes without a browser, it runs beside their work instead of ending the run alone with
/// a core idle.
/// </summary>
/// <param name="waitsFor">What its tests wait for.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StartsEarlyAttribute(string waitsFor) : Attribute
{
    public string WaitsFor { get; } = waitsFor;
}
