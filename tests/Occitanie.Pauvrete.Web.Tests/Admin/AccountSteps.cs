using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>What the account tests do again and again, through the pages (or Identity, to set a scene up).</summary>
internal static class AccountSteps
{
    // Nothing of the test accounts' addresses (« redacteur.… »): the portal refuses a password that holds a part of its address.
    public const string EditorPassword = "Tisane-de-thym-2024!";

    /// <summary>A rédacteur with a password, made directly with Identity.</summary>
    public static async Task<string> CreateEditorAsync(PortalFactory portal, string email, string password = EditorPassword)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, AdminAccounts.EditorRole));
        return user.Id;
    }

    public static IHtmlTableRowElement RowOf(IHtmlDocument accounts, string email) =>
        accounts.QuerySelectorAll<IHtmlTableRowElement>("#comptes tbody tr").SingleOrDefault(r => r.GetAttribute("data-compte") == email)
        ?? throw new InvalidOperationException($"No row for {email} on /admin/comptes.");

    public static IHtmlFormElement FormOf(IHtmlTableRowElement row, string actionEnd) =>
        row.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.EndsWith(actionEnd, StringComparison.Ordinal));

    /// <summary>Fills and sends "Créer un compte"; returns the page that follows.</summary>
    public static async Task<IHtmlDocument> CreateAccountAsync(StaffBrowser administrator, string email, string role)
    {
        var page = await administrator.GetAsync("/admin/comptes");
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/comptes", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Email"] = email, ["Role"] = role });
        return await administrator.SubmitAsync(form);
    }

    /// <summary>Presses "Générer un lien de réinitialisation" on an account's row; returns the link shown.</summary>
    public static async Task<string> IssueResetLinkAsync(StaffBrowser administrator, string email)
    {
        var accounts = await administrator.GetAsync("/admin/comptes");
        var page = await administrator.SubmitAsync(await administrator.ConfirmationFormAsync(RowOf(accounts, email), "/lien"));
        return LinkOn(page);
    }

    /// <summary>The one-time link a page shows to the administrator, as a path and query for the test client.</summary>
    public static string LinkOn(IHtmlDocument page)
    {
        var field = page.QuerySelector<IHtmlInputElement>("#lien")
            ?? throw new InvalidOperationException($"No link on the page: {page.QuerySelector(".fr-alert")?.TextContent.Trim()}");
        return new Uri(field.Value).PathAndQuery;
    }

    /// <summary>Opens a password link in a browser of its own and sends the new password twice; returns the page that follows.</summary>
    public static async Task<IHtmlDocument> ChoosePasswordAsync(PortalFactory portal, string link, string password, string? confirmation = null)
    {
        using var browser = StaffBrowser.Anonymous(portal);
        var page = await browser.GetAsync(link);
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/mot-de-passe/nouveau", StringComparison.Ordinal));
        StaffBrowser.Fill(form, new() { ["Password"] = password, ["Confirmation"] = confirmation ?? password });
        return await browser.SubmitAsync(form);
    }

    public static bool IsSignedIn(IHtmlDocument page) => page.QuerySelector("form[action='/admin/deconnexion']") is not null;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(AdminAccounts.Describe(result));
        }
    }
}
