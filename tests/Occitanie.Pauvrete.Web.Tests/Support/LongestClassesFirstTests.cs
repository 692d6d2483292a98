using Occitanie.Pauvrete.Web.Tests.Browser;
using Occitanie.Pauvrete.Web.Tests.Web;
using Occitanie.Pauvrete.Web.Tests.Workflows;
using Xunit.Sdk;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The orderer finds each class from the name xunit gives its collection: on the collections xunit
/// itself makes (one per class), so that a change of that name cannot silently put every class in
/// name order again.
/// </summary>
public sealed class LongestClassesFirstTests
{
    [Fact]
    public void The_browser_classes_come_first_then_the_classes_that_mostly_wait_then_the_others_by_name()
    {
        var xunitCollections = new CollectionPerClassTestCollectionFactory(
            new TestAssembly(Reflector.Wrap(typeof(LongestClassesFirst).Assembly)), new NullMessageSink());
        var classes = new[] { typeof(SearchTests), typeof(LinkCheckTests), typeof(PageBasicsTests), typeof(AccessibilityTests), typeof(HtmlValidityTests) };
        var classOf = classes.ToDictionary(type => xunitCollections.Get(Reflector.Wrap(type)));

        var ordered = new LongestClassesFirst().OrderTestCollections(classOf.Keys).Select(collection => classOf[collection].Name);

        Assert.Equal(["AccessibilityTests", "HtmlValidityTests", "LinkCheckTests", "PageBasicsTests", "SearchTests"], ordered);
    }
}
