using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Workflows;

/// <summary>
/// Issue 17, point 1: a press release scheduled one minute ahead is absent from every public output
/// before its moment and present in all of them after it, on two instances sharing one database,
/// with no restart; the clock is a fake one both instances read.
/// </summary>
[StartsEarly("the instances' content watchers, which tick every 2 seconds")]
public sealed class ScheduledPublicationTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.CopyOfImportedContent();
    private readonly MovableClock _clock = new();

    [Fact]
    public async Task A_release_scheduled_a_minute_ahead_appears_everywhere_on_both_instances_only_after_its_moment()
    {
        using var first = new PortalFactory { Database = _database, Clock = _clock };
        using var second = new PortalFactory { Database = _database, Clock = _clock };
        var release = await first.ReadAsync(db => db.PressReleases.AsNoTracking().SingleAsync(r => r.Date == new DateOnly(2021, 7, 7)));
        var outputs = Outputs(release.Slug);

        // Staff take it off line, then schedule it through the admin's forms.
        using var staff = await StaffBrowser.SignInAsync(first);
        var edit = await staff.GetAsync($"/admin/communiques/{release.Id}");
        await staff.SubmitAsync(await staff.ConfirmationFormAsync(edit, $"{release.Id}/depublier"));
        var schedulePage = await staff.GetAsync($"/admin/communiques/{release.Id}/programmer");
        var form = schedulePage.Forms.Single(f => f.Action.EndsWith("/programmer", StringComparison.Ordinal));

        // A moment already past is refused with a clear message, and what was typed stays.
        var past = ParisInput(_clock.GetUtcNow().AddMinutes(-5));
        StaffBrowser.Fill(form, new() { ["publier-le"] = past });
        var refused = await staff.SubmitAsync(form);
        Assert.Contains("déjà passé", refused.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(past, ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#publier-le")!).Value);

        // A minute ahead, on a whole minute as the field takes it.
        var now = _clock.GetUtcNow();
        var moment = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(2);
        form = refused.Forms.Single(f => f.Action.EndsWith("/programmer", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["publier-le"] = ParisInput(moment) });
        var saved = await staff.SubmitAsync(form);
        Assert.Contains("sera publié le", saved.QuerySelector(".fr-alert--success")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Programmé pour le", saved.QuerySelector("#programmation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Programmé pour le", (await staff.GetAsync("/admin/communiques")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var dashboard = await staff.GetAsync("/admin");
        Assert.Contains(release.Title, dashboard.QuerySelector("#table-programmes")!.TextContent, StringComparison.Ordinal);
        var journal = await staff.GetAsync("/admin/journal?action=programmation");
        Assert.Contains(PortalFactory.AdminEmail, journal.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        // The preview works before the moment.
        var preview = await staff.Http.GetAsync(new Uri($"/admin/communiques/{release.Id}/apercu", UriKind.Relative));
        Assert.True(preview.IsSuccessStatusCode);

        // Both instances, their caches filled, show it nowhere before the moment.
        foreach (var portal in new[] { first, second })
        {
            foreach (var (name, url, shows) in outputs)
            {
                Assert.False(await shows(portal, url), $"{name} shows the release before its moment");
            }
        }
        _clock.Advance(moment - _clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        await CheckNowAsync(first);
        await CheckNowAsync(second);
        Assert.False(await outputs[0].Shows(second, outputs[0].Url), "the page shows the release a second before its moment");

        // Past the moment, each instance's watcher (its background tick) publishes and learns of it.
        _clock.Advance(TimeSpan.FromSeconds(2));
        foreach (var portal in new[] { first, second })
        {
            foreach (var (name, url, shows) in outputs)
            {
                Assert.True(await EventuallyAsync(() => shows(portal, url)), $"{name} should show the release once its moment passed");
            }
        }
        var stored = await first.ReadAsync(db => db.PressReleases.AsNoTracking().SingleAsync(r => r.Id == release.Id));
        Assert.Equal(PublicationStatus.Published, stored.Status);
        Assert.Null(stored.PublishAt);
        var publication = await first.ReadAsync(db => db.Revisions.AsNoTracking()
            .Where(r => r.EntityId == release.Id).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(RevisionAction.Published, publication.Action);
        Assert.Equal($"{PortalFactory.AdminEmail} (programmé)", publication.Author);
    }

    private sealed record Output(string Name, string Url, Func<PortalFactory, string, Task<bool>> Shows);

    /// <summary>Every public output that lists or shows a release, and how to tell whether it shows this one.</summary>
    private static List<Output> Outputs(string slug)
    {
        var path = $"/communiques/{slug}";
        return
        [
            new("la page", path, async (portal, url) => (await GetAsync(portal, url)).Status == 200),
            new("la liste", "/communiques?annee=2021", Contains(path)),
            new("l'accueil ou la liste de l'année", "/communiques", Contains(path)),
            new("le flux", "/communiques/flux.xml", Contains(path)),
            new("le plan du site XML", "/sitemap.xml", Contains(path)),
            // The results come ten a page: the release may be on any of them.
            new("la recherche", "/recherche?q=d%C3%A9ployer", async (portal, url) =>
                (await MeasureCatalogueBrowser.AllPagesAsync(portal, url)).Any(page => page.DocumentElement.OuterHtml.Contains(path, StringComparison.Ordinal))),
            new("l'API", "/api/communiques", Contains(slug)),
            new("les données ouvertes (CSV)", "/donnees/communiques.csv", Contains(slug)),
            new("les données ouvertes (JSON)", "/donnees/communiques.json", Contains(slug)),
        ];
    }

    private static Func<PortalFactory, string, Task<bool>> Contains(string text) =>
        async (portal, url) => (await GetAsync(portal, url)).Body.Contains(text, StringComparison.Ordinal);

    private static async Task<(int Status, string Body)> GetAsync(PortalFactory portal, string url)
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>What a browser's datetime-local field sends: the Paris wall-clock time.</summary>
    private static string ParisInput(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Runs the instance's watcher once at the current fake time, as its tick does.</summary>
    private static Task CheckNowAsync(PortalFactory portal) =>
        portal.Services.GetRequiredService<ContentChangeWatcher>().CheckAsync(CancellationToken.None);

    /// <summary>The watchers tick every 2 s in real time: a change shows within a few ticks.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (await check())
            {
                return true;
            }
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public void Dispose() => _database.Dispose();
}
