using Occitanie.Pauvrete.Web.Tests.Browser;
using Occitanie.Pauvrete.Web.Tests.Web;
using Xunit.Sdk;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// The orderer finds each class from the name xunit gives its collection: checked on the collections
/// xunit itself makes (one per class), for every class marked <see cref="StartsEarlyAttribute"/>, so
/// that neither a change of that name nor a class's own collection can silently drop it to the end.
/// </summary>
public sealed class LongestClassesFirstTests
{
    [Fact]
    public void The_browser_classes_come_first_then_every_class_that_mostly_waits_then_the_others_by_name()
    {
        var waiting = typeof(LongestClassesFirst).Assembly.GetTypes().Where(t => t.IsDefined(typeof(StartsEarlyAttribute), inherit: false)).ToList();
        Assert.True(waiting.Count >= 6, $"only {waiting.Count} classes marked [StartsEarly]");
        var xunitCollections = new CollectionPerClassTestCollectionFactory(
            new TestAssembly(Reflector.Wrap(typeof(LongestClassesFirst).Assembly)), new NullMessageSink());
        var classOf = waiting.Concat([typeof(SearchTests), typeof(PageBasicsTests), typeof(AccessibilityTests)])
            .ToDictionary(type => xunitCollections.Get(Reflector.Wrap(type)));

        var ordered = new LongestClassesFirst().OrderTestCollections(classOf.Keys).Select(collection => classOf[collection]).ToList();

        Assert.Equal(typeof(AccessibilityTests), ordered[0]);
        Assert.Equal(waiting.ToHashSet(), ordered.Skip(1).Take(waiting.Count).ToHashSet());
        Assert.Equal([typeof(PageBasicsTests), typeof(SearchTests)], ordered.Skip(1 + waiting.Count));
    }
}
