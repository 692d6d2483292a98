using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Features.Reports;

/// <summary>
/// Erases the e-mail of reports older than a year, by the portal itself: at start, then every
/// day (the personal data page says so). The rest of the report stays, anonymous, for the record.
/// </summary>
public sealed partial class ReportRetention(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportRetention> logger) : BackgroundService
{
    /// <summary>How long a reader's e-mail is kept.</summary>
    public static readonly TimeSpan EmailKeptFor = TimeSpan.FromDays(365);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        try
        {
            do
            {
                try
                {
                    await EraseExpiredEmailsAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Tried again the next day; the portal keeps running.
                    LogEraseFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Erases the e-mails given more than <see cref="EmailKeptFor"/> ago; returns how many.</summary>
    public async Task<int> EraseExpiredEmailsAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - EmailKeptFor;
        var erased = await db.CorrectionReports
            .Where(r => r.Email != null && r.CreatedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Email, (string?)null), cancellationToken);
        if (erased > 0)
        {
            LogErased(logger, erased);
        }
        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the e-mail of {Count} reports older than a year")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not erase the expired e-mails of reports; trying again tomorrow")]
    private static partial void LogEraseFailed(ILogger logger, Exception exception);
}
