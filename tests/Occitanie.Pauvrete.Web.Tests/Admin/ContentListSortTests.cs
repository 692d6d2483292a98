using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>Content lists with a date column and a sort: releases newest first by default, by title or last change on demand.</summary>
public sealed class ContentListSortTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Releases_are_listed_newest_first_with_their_date_and_can_be_sorted_by_title_or_last_change()
    {
        var releases = await portal.ReadAsync(db => db.PressReleases.AsNoTracking().Where(r => r.Status != PublicationStatus.Deleted).ToListAsync());
        using var browser = await StaffBrowser.SignInAsync(portal);

        var page = await browser.GetAsync("/admin/communiques");

        Assert.Contains("Date", page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var dates = page.QuerySelectorAll("tbody tr td:nth-child(2) time").Select(t => DateOnly.ParseExact(t.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(releases.Count, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var newest = releases.MaxBy(r => r.Date)!;
        Assert.Equal(FrenchFormat.Date(newest.Date), page.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim());

        var byTitle = await browser.GetAsync("/admin/communiques?tri=titre");
        var titles = byTitle.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(titles.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase)), titles);
        Assert.Equal("titre", byTitle.QuerySelector("#tri option[selected]")?.GetAttribute("value"));

        var measures = await browser.GetAsync("/admin/mesures?tri=modification");
        var changed = measures.QuerySelectorAll("tbody tr td:nth-child(3) time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(changed.Order(StringComparer.Ordinal).Reverse(), changed);
        Assert.Null(measures.QuerySelector("#tri option[value='date']"));
    }
}
