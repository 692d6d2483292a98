using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>
/// A query never asked before (words searched, a keyword of the catalogue or of the API, the
/// numbers of an estimate) is answered and not stored: a flood of them leaves the output cache
/// as it was. A query asked again is stored and served from the cache.
/// </summary>
public sealed class NeverSeenQueriesTests(NeverSeenQueriesTests.CountedCachePortal portal) : IClassFixture<NeverSeenQueriesTests.CountedCachePortal>
{
    [Fact]
    public async Task Distinct_never_seen_queries_leave_the_output_cache_entry_count_unchanged()
    {
        using var client = portal.CreateClient();
        // The pages themselves, without query values, are stored as before.
        foreach (var page in new[] { "/recherche", "/mesures", "/api/mesures", "/mesures/cantines-a-tarification-sociale" })
        {
            using var answer = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        var before = portal.Store.Keys.Count;
        Assert.True(before >= 4, $"the pages without a query should be in the cache ({before} entries)");

        var notAnswered = new List<string>();
        for (var i = 1; i <= 50; i++)
        {
            foreach (var url in new[]
            {
                $"/recherche?q=cantine+{i}",
                $"/recherche?q=logement&page={i}",
                $"/mesures?q=creche+{i}",
                $"/api/mesures?q=jeunes+{i}",
                $"/mesures/cantines-a-tarification-sociale?quantite={i}&annees=2",
            })
            {
                using var answer = await client.GetAsync(new Uri(url, UriKind.Relative));
                if (answer.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                {
                    notAnswered.Add($"{url}: {(int)answer.StatusCode}");
                }
            }
        }

        Assert.Empty(notAnswered);
        Assert.Equal(before, portal.Store.Keys.Count);
    }

    [Fact]
    public async Task A_query_asked_again_is_stored_and_then_served_from_the_cache()
    {
        using var client = portal.CreateClient();
        var before = portal.Store.Keys.Count;

        using var first = await client.GetAsync(new Uri("/mesures?q=petit+dejeuner", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/mesures?q=petit+dejeuner", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/mesures?q=petit+dejeuner&inconnu=1", UriKind.Relative));

        Assert.False(first.Headers.Contains("Age"));
        Assert.False(second.Headers.Contains("Age"), "the first answer was not stored");
        Assert.True(third.Headers.Contains("Age"), "a query asked twice is stored");
        Assert.Equal(before + 1, portal.Store.Keys.Count);
        Assert.Equal(await second.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    /// <summary>The portal with its output cache store counted: every key it was asked to store.</summary>
    public sealed class CountedCachePortal : PortalFactory
    {
        public CountingStore Store { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var memory = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
                services.Remove(memory);
                services.AddSingleton<IOutputCacheStore>(provider => Store = new CountingStore(
                    (IOutputCacheStore)(memory.ImplementationFactory?.Invoke(provider) ?? memory.ImplementationInstance
                        ?? ActivatorUtilities.CreateInstance(provider, memory.ImplementationType!))));
            });
        }
    }

    /// <summary>The app's store, noting the keys of the entries it stores.</summary>
    public sealed class CountingStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        public ConcurrentDictionary<string, byte> Stored { get; } = new(StringComparer.Ordinal);

        public ICollection<string> Keys => Stored.Keys;

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Stored[key] = 0;
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}
