using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// A staff member's browser on the admin area: HTTPS (the login cookie is Secure), cookies kept,
/// redirects followed, and forms submitted as the browser would, antiforgery token included.
/// </summary>
public sealed class StaffBrowser(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>A browser of its own, seen from an address of its own (the login limiter counts per address).</summary>
    public static StaffBrowser Anonymous(WebApplicationFactory<Program> portal, bool followRedirects = true)
    {
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
        return new StaffBrowser(http);
    }

    /// <summary>Signs in through the login form; the bootstrap administrator unless told otherwise.</summary>
    public static async Task<StaffBrowser> SignInAsync(WebApplicationFactory<Program> portal, string email = PortalFactory.AdminEmail, string password = PortalFactory.AdminPassword)
    {
        var browser = Anonymous(portal);
        var page = await browser.SignInWithAsync(email, password);
        if (page.QuerySelector("form[action='/admin/deconnexion']") is null)
        {
            browser.Dispose();
            throw new InvalidOperationException($"{email} could not sign in: {page.QuerySelector(".fr-alert")?.TextContent.Trim()}");
        }
        return browser;
    }

    /// <summary>Fills and sends the login form; returns the page that follows.</summary>
    public async Task<IHtmlDocument> SignInWithAsync(string email, string password)
    {
        var login = await GetAsync("/admin/connexion");
        var form = login.Forms.Single(f => f.Action.EndsWith("/admin/connexion", StringComparison.Ordinal));
        Fill(form, new() { ["Email"] = email, ["Password"] = password });
        return await SubmitAsync(form);
    }

    /// <summary>
    /// Follows the first link in <paramref name="scope"/> whose address ends with <paramref name="actionEnd"/>
    /// to its confirmation page (« Mettre à la corbeille… ») and returns that page's form, which does the action.
    /// </summary>
    public async Task<IHtmlFormElement> ConfirmationFormAsync(IParentNode scope, string actionEnd)
    {
        var link = scope.QuerySelectorAll("a[href]").FirstOrDefault(a => a.GetAttribute("href")!.EndsWith(actionEnd, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No link to …{actionEnd}.");
        var page = await GetAsync(link.GetAttribute("href")!);
        return page.Forms.Single(f => f.Action.EndsWith(actionEnd, StringComparison.Ordinal));
    }

    /// <summary>An item's edit form on an admin page: the one with the save buttons (<c>name="commande"</c>).</summary>
    public static IHtmlFormElement EditForm(IHtmlDocument page) =>
        page.Forms.Single(f => f.QuerySelector("button[name='commande']") is not null);

    public async Task<IHtmlDocument> GetAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return await PortalFactory.ParseAsync(response);
    }

    /// <summary>Sets text fields, selects and textareas by name.</summary>
    public static void Fill(IHtmlFormElement form, Dictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            var field = form.Elements.FirstOrDefault(e => e.GetAttribute("name") == name)
                ?? throw new InvalidOperationException($"The form has no field named {name}.");
            switch (field)
            {
                case IHtmlTextAreaElement area:
                    area.Value = value;
                    break;
                case IHtmlSelectElement select:
                    select.Value = value;
                    break;
                case IHtmlInputElement input:
                    input.Value = value;
                    break;
                default:
                    throw new InvalidOperationException($"{name} is not a field that takes text.");
            }
        }
    }

    /// <summary>Ticks or unticks the checkbox or radio button of <paramref name="name"/> with <paramref name="value"/>.</summary>
    public static void Check(IHtmlFormElement form, string name, string value, bool isChecked = true)
    {
        var box = form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(e => e.Name == name && e.Value == value)
            ?? throw new InvalidOperationException($"The form has no choice {name}={value}.");
        box.IsChecked = isChecked;
    }

    /// <summary>Submits the form as it stands, through the named submit button when given; returns the page that follows.</summary>
    public async Task<IHtmlDocument> SubmitAsync(IHtmlFormElement form, string? button = null)
    {
        using var response = await SendAsync(form, button);
        return await PortalFactory.ParseAsync(response);
    }

    public async Task<HttpResponseMessage> SendAsync(IHtmlFormElement form, string? button = null)
    {
        IHtmlElement? submitter = null;
        if (button is not null)
        {
            submitter = form.Elements.OfType<IHtmlButtonElement>().FirstOrDefault(b => b.TextContent.Trim() == button || b.Value == button)
                ?? throw new InvalidOperationException($"The form has no button « {button} ».");
        }
        var submission = (submitter is null ? form.GetSubmission() : form.GetSubmission(submitter))
            ?? throw new InvalidOperationException("The form cannot be submitted.");
        // AngleSharp ignores a button's formaction; a browser posts there.
        var target = submitter?.GetAttribute("formaction") is { } formAction
            ? new Uri(new Uri(submission.Target.Href), formAction)
            : new Uri(submission.Target.Href);
        var request = new HttpRequestMessage(new HttpMethod(submission.Method.ToString().ToUpperInvariant()), target);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new StreamContent(submission.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(submission.MimeType ?? "application/x-www-form-urlencoded");
        }
        using (request)
        {
            return await Http.SendAsync(request);
        }
    }

    public void Dispose() => Http.Dispose();
}
