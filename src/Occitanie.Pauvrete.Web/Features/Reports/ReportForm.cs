using System.Net.Mail;
using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Reports;

/// <summary>The item a report is about: a published measure, workshop, intention or press release, found by its public address.</summary>
public sealed record ReportTarget(string Path, string ItemType, Guid Id, Guid Version, string Title);

/// <summary>The public form « Signaler une erreur ou proposer une mise à jour », as typed, with its errors.</summary>
public sealed record ReportForm(ReportTarget Target, string Message, string Source, string Email, IReadOnlyDictionary<string, string> Errors)
    : PageViewModel(Heading, $"Signaler une erreur ou proposer une mise à jour de la page « {Target.Title} ».")
{
    public const string Heading = "Signaler une erreur ou proposer une mise à jour";

    /// <summary>From the item's page to this one.</summary>
    public static IReadOnlyList<Crumb> Crumbs(ReportTarget target) => [new(target.Title, target.Path), new(Heading)];

    public const int MessageMax = 2000;
    public const int SourceMax = 500;
    public const int EmailMax = 254;

    /// <summary>The honeypot: hidden from people (and from screen readers), filled only by robots.</summary>
    public const string TrapField = "site_internet";

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var error) ? error : null;

    public static ReportForm Empty(ReportTarget target) => new(target, "", "", "", new Dictionary<string, string>()) { Breadcrumb = Crumbs(target) };
}

/// <summary>The page after a report was sent.</summary>
public sealed record ReportThanks(ReportTarget Target) : PageViewModel("Signalement envoyé", "Merci pour votre signalement.")
{
    public static ReportThanks Of(ReportTarget target) => new(target) { Breadcrumb = [new(target.Title, target.Path), new("Signalement envoyé")] };
}

/// <summary>Finds the item of a public address, and records reports about it.</summary>
public sealed class Reports(PortalDbContext db, TimeProvider clock)
{
    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The published item at <paramref name="path"/>; null for any other address.</summary>
    public async Task<ReportTarget?> TargetAsync(string? path, CancellationToken cancellationToken)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1].Length > 160)
        {
            return null;
        }
        var slug = parts[1];
        return parts[0] switch
        {
            "mesures" => await FindAsync(db.Measures, slug, PublicPaths.Measure, cancellationToken),
            "ateliers" => await FindAsync(db.Workshops, slug, PublicPaths.Workshop, cancellationToken),
            "je-souhaite" => await FindAsync(db.Intentions, slug, PublicPaths.Intention, cancellationToken),
            "communiques" => await FindAsync(db.PressReleases, slug, PublicPaths.PressRelease, cancellationToken),
            _ => null,
        };
    }

    private static async Task<ReportTarget?> FindAsync<T>(IQueryable<T> items, string slug, Func<string, string> pathOf, CancellationToken cancellationToken)
        where T : ContentItem =>
        await items.AsNoTracking().Published().Where(i => i.Slug == slug)
            .Select(i => new ReportTarget(pathOf(i.Slug), typeof(T).Name, i.Id, i.Version, i.Title))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Checks the form; stores the report when it is right and returns null, else the form with its errors.</summary>
    public async Task<ReportForm?> SubmitAsync(ReportTarget target, string? message, string? source, string? email, string? trap, bool throttled, CancellationToken cancellationToken)
    {
        var form = new ReportForm(target, message?.Trim() ?? "", source?.Trim() ?? "", email?.Trim() ?? "", new Dictionary<string, string>()) { Breadcrumb = ReportForm.Crumbs(target) };
        var errors = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(trap))
        {
            errors[""] = "Votre signalement n'a pas été enregistré : un champ caché, destiné à écarter les robots, a été rempli. Si vous n'êtes pas un robot, envoyez de nouveau le formulaire ci-dessous, votre texte est conservé.";
        }
        if (throttled)
        {
            errors[""] = "Votre signalement n'a pas été enregistré : trop de signalements ont été envoyés depuis votre connexion ces dernières minutes. Réessayez dans une dizaine de minutes ; votre texte est conservé ci-dessous.";
        }
        if (form.Message.Length == 0)
        {
            errors["message"] = "Dites ce qui est inexact ou dépassé : ce champ est obligatoire.";
        }
        else if (form.Message.Length > ReportForm.MessageMax)
        {
            errors["message"] = $"Votre texte fait {form.Message.Length.ToString("N0", French)} caractères : raccourcissez-le à {ReportForm.MessageMax.ToString("N0", French)} caractères au plus.";
        }
        if (form.Source.Length > ReportForm.SourceMax)
        {
            errors["source"] = $"Le lien vers la source est trop long : {ReportForm.SourceMax} caractères au plus.";
        }
        else if (form.Source.Length > 0 && !(Uri.TryCreate(form.Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors["source"] = "Le lien vers la source doit être une adresse web complète, commençant par https:// ou http://.";
        }
        if (form.Email.Length > ReportForm.EmailMax || (form.Email.Length > 0 && !IsEmail(form.Email)))
        {
            errors["email"] = "L'adresse électronique n'est pas valide : écrivez-la sous la forme nom@exemple.fr, ou laissez le champ vide.";
        }
        if (errors.Count > 0)
        {
            return form with { Errors = errors };
        }
        db.CorrectionReports.Add(new CorrectionReport
        {
            Id = Guid.NewGuid(),
            PagePath = target.Path,
            ItemType = target.ItemType,
            ItemId = target.Id,
            ItemVersion = target.Version,
            ItemTitle = target.Title.Length > 500 ? target.Title[..500] : target.Title,
            Message = form.Message,
            SourceUrl = form.Source.Length == 0 ? null : form.Source,
            Email = form.Email.Length == 0 ? null : form.Email,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}

/// <summary>
/// Per-client limit of reports (5 in 10 minutes per address), with the same fixed-window limiter
/// as the sign-in's (<c>AdminSetup</c>), but asked by the action, so that a refusal shows the
/// form again with its text and a French message rather than an empty 429.
/// </summary>
public sealed class ReportThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 }));

    /// <summary>Whether <paramref name="client"/> may send one more report now.</summary>
    public bool Allows(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
