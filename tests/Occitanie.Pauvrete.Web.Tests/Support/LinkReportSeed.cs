using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// A finished link check with a broken and a redirected link of the first measure, written straight
/// to the database (no site is asked), so that the audits of « Liens à vérifier » see its lists.
/// Once per database: the admin's audits share one portal.
/// </summary>
public static class LinkReportSeed
{
    private static readonly SemaphoreSlim _once = new(1, 1);

    public static async Task EnsureAsync(PortalFactory portal)
    {
        await _once.WaitAsync();
        try
        {
            await portal.ReadAsync(async db =>
            {
                if (await db.LinkCheckRuns.AnyAsync(r => r.FinishedAt != null))
                {
                    return 0;
                }
                var measure = await db.Measures.OrderBy(m => m.Slug).FirstAsync();
                var at = DateTime.UtcNow;
                var run = new LinkCheckRun { Id = Guid.NewGuid(), StartedAt = at.AddMinutes(-3), FinishedAt = at, StartedBy = PortalFactory.AdminEmail, LinkCount = 3, BrokenCount = 1, RedirectedCount = 1 };
                LinkCheckResult Result(string field, string url, LinkOutcome outcome, int? status, string? final = null) => new()
                {
                    Id = Guid.NewGuid(),
                    RunId = run.Id,
                    ItemType = nameof(Measure),
                    ItemId = measure.Id,
                    ItemTitle = measure.Title,
                    Field = field,
                    Url = url,
                    Outcome = outcome,
                    StatusCode = status,
                    FinalUrl = final,
                    PermanentRedirect = final is not null,
                    CheckedAt = at,
                };
                db.LinkCheckRuns.Add(run);
                db.LinkCheckResults.AddRange(
                    Result("Liens", "https://www.example.org/une-adresse-tres-longue-qui-ne-tient-pas-sur-un-telephone/dispositif/2021/page-supprimee.html", LinkOutcome.HttpError, 404),
                    Result("Contacts — Site web", "http://example.org/ancien", LinkOutcome.Redirected, 200, "https://www.example.org/nouveau"),
                    Result("Texte", "https://www.example.org/", LinkOutcome.Ok, 200));
                return await db.SaveChangesAsync();
            });
        }
        finally
        {
            _once.Release();
        }
    }
}
