using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Reports;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Workflows;

/// <summary>
/// Issue 17, point 2: a reader reports an error from a public page, with no account and the form's
/// token; staff see it in « Signalements », change its status (recorded in the journal); a filled
/// honeypot, an oversized text and a burst from one client are refused with a clear message; the
/// e-mail is erased after a year by the portal itself.
/// </summary>
public sealed class ReaderReportsTests : IDisposable
{
    private const string Slug = "points-conseil-budget";
    private readonly MovableClock _clock = new();
    private readonly PortalFactory _portal;

    public ReaderReportsTests() => _portal = new PortalFactory { Clock = _clock };

    [Fact]
    public async Task A_report_sent_from_a_measure_page_reaches_the_queue_and_its_status_change_is_in_the_journal()
    {
        using var visitor = StaffBrowser.Anonymous(_portal);
        var measurePage = await visitor.GetAsync($"/mesures/{Slug}");
        var link = measurePage.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Signaler une erreur ou proposer une mise à jour");
        var formPage = await visitor.GetAsync(link.GetAttribute("href")!);
        var form = FormOf(formPage);
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        StaffBrowser.Fill(form, new() { ["message"] = "Le numéro de téléphone a changé.", ["source"] = "https://www.example.gouv.fr/contact", ["email"] = "maire@example.fr" });
        var thanks = await visitor.SubmitAsync(form);
        Assert.Contains("Votre signalement sur la page", thanks.QuerySelector(".fr-alert--success")!.TextContent, StringComparison.Ordinal);

        var measure = await _portal.ReadAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Slug == Slug));
        var stored = await _portal.ReadAsync(db => db.CorrectionReports.AsNoTracking().SingleAsync());
        Assert.Equal((measure.Id, measure.Version, $"/mesures/{Slug}", "maire@example.fr"), (stored.ItemId, stored.ItemVersion, stored.PagePath, stored.Email));

        using var staff = await StaffBrowser.SignInAsync(_portal);
        Assert.Contains("1 nouveau signalement", (await staff.GetAsync("/admin")).QuerySelector("#nouveaux-signalements")!.TextContent, StringComparison.Ordinal);
        var queue = await staff.GetAsync("/admin/signalements");
        var card = queue.QuerySelector($"#signalement-{stored.Id}")!.Closest("section")!;
        Assert.Contains("Le numéro de téléphone a changé.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/admin/mesures/{measure.Id}");

        var statusForm = (AngleSharp.Html.Dom.IHtmlFormElement)card.QuerySelector("form")!;
        StaffBrowser.Check(statusForm, "statut", "en-cours");
        var after = await staff.SubmitAsync(statusForm);
        Assert.Contains("En cours", after.QuerySelector(".fr-alert--success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.InProgress, (await _portal.ReadAsync(db => db.CorrectionReports.AsNoTracking().SingleAsync())).Status);
        var journal = await staff.GetAsync("/admin/journal?action=signalement");
        Assert.Contains(PortalFactory.AdminEmail, journal.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_honeypot_an_oversized_text_and_a_burst_are_refused_with_a_clear_message_keeping_the_text()
    {
        using (var robot = StaffBrowser.Anonymous(_portal))
        {
            var form = FormOf(await robot.GetAsync($"/signaler-une-erreur?page=%2Fmesures%2F{Slug}"));
            StaffBrowser.Fill(form, new() { ["message"] = "Texte d'un robot", [ReportForm.TrapField] = "https://spam.example" });
            using var response = await robot.SendAsync(form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Contains("robots", page.QuerySelector("#erreurs")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Texte d'un robot", page.QuerySelector("#message")!.TextContent);
        }
        using (var verbose = StaffBrowser.Anonymous(_portal))
        {
            var form = FormOf(await verbose.GetAsync($"/signaler-une-erreur?page=%2Fmesures%2F{Slug}"));
            StaffBrowser.Fill(form, new() { ["message"] = new string('a', ReportForm.MessageMax + 1) });
            using var response = await verbose.SendAsync(form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("raccourcissez-le", (await PortalFactory.ParseAsync(response)).QuerySelector("#message-error")!.TextContent, StringComparison.Ordinal);
        }
        using (var burst = StaffBrowser.Anonymous(_portal))
        {
            var codes = new List<HttpStatusCode>();
            AngleSharp.Html.Dom.IHtmlDocument? refused = null;
            for (var i = 1; i <= 6; i++)
            {
                var form = FormOf(await burst.GetAsync($"/signaler-une-erreur?page=%2Fmesures%2F{Slug}"));
                StaffBrowser.Fill(form, new() { ["message"] = $"Signalement numéro {i}" });
                using var response = await burst.SendAsync(form);
                codes.Add(response.StatusCode);
                if (i == 6)
                {
                    refused = await PortalFactory.ParseAsync(response);
                }
            }
            Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], codes);
            Assert.Contains("trop de signalements", refused!.QuerySelector("#erreurs")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Signalement numéro 6", refused.QuerySelector("#message")!.TextContent);
        }
        Assert.Equal(5, await _portal.ReadAsync(db => db.CorrectionReports.CountAsync()));
    }

    [Fact]
    public async Task The_email_is_erased_by_the_portal_after_twelve_months_and_not_before()
    {
        using var visitor = StaffBrowser.Anonymous(_portal);
        var form = FormOf(await visitor.GetAsync($"/signaler-une-erreur?page=%2Fmesures%2F{Slug}"));
        StaffBrowser.Fill(form, new() { ["message"] = "Le montant a changé.", ["email"] = "elu@example.fr" });
        await visitor.SubmitAsync(form);
        var retention = _portal.Services.GetRequiredService<ReportRetention>();

        _clock.Advance(TimeSpan.FromDays(364));
        Assert.Equal(0, await retention.EraseExpiredEmailsAsync(CancellationToken.None));
        Assert.Equal("elu@example.fr", (await _portal.ReadAsync(db => db.CorrectionReports.AsNoTracking().SingleAsync())).Email);

        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await retention.EraseExpiredEmailsAsync(CancellationToken.None));
        var erased = await _portal.ReadAsync(db => db.CorrectionReports.AsNoTracking().SingleAsync());
        Assert.Null(erased.Email);
        Assert.Equal("Le montant a changé.", erased.Message);
        var privacy = await _portal.GetDocumentAsync("/donnees-personnelles");
        Assert.Contains("12 mois", privacy.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static AngleSharp.Html.Dom.IHtmlFormElement FormOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.Forms.Single(f => f.Action.EndsWith("/signaler-une-erreur", StringComparison.Ordinal));

    public void Dispose() => _portal.Dispose();
}
