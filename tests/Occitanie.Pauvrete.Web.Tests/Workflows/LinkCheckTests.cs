using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Startup;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Workflows;

/// <summary>
/// The link checker (issue 17): every external link of the content asked of a site the test runs
/// on loopback (<see cref="LinkTargetServer"/>), from the command and from « Liens à vérifier ».
/// The repository's items are put in the trash first: their links lead to the internet.
/// </summary>
[StartsEarly("the link checker's 2-second timeout on a site that never answers")]
public sealed class LinkCheckTests(LinkCheckTests.Portal portal) : IClassFixture<LinkCheckTests.Portal>
{
    private const string MeasureTitle = "Mesure aux liens variés";
    private const string WorkshopTitle = "Atelier aux liens à revoir";

    [Fact]
    public async Task Check_links_reports_the_redirected_and_the_broken_links_and_exits_with_1()
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["check-links"])!.RunAsync(portal.Services, output);

        var sites = portal.Sites;
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exitCode);
        // mailto: and the portal's own path are no external links; the address without a link is none either.
        Assert.Equal("9 links checked: 3 fine, 1 redirected, 5 broken", lines[0]);
        Assert.Contains($"redirected: {sites.Address("ancienne-adresse")} -> {sites.Address("page")} (moved permanently) in Measure « {MeasureTitle} », Liens", lines);
        Assert.Contains($"broken: {sites.Address("absente")} (HTTP 404) in Measure « {MeasureTitle} », Contacts — Site web", lines);
        Assert.Contains($"broken: {sites.Address("en-panne")} (HTTP 500) in Measure « {MeasureTitle} », Texte", lines);
        Assert.Contains($"broken: {sites.Address("muette")} (no answer in time) in Workshop « {WorkshopTitle} », Pour aller plus loin", lines);
        Assert.Contains($"broken: {sites.ClosedPortAddress} (connection refused) in Workshop « {WorkshopTitle} », Pour aller plus loin", lines);
        Assert.Contains($"broken: {sites.Address("absente")} (HTTP 404) in LocalContact « Service d'essai », Site web", lines);
        // Nothing else: the links that answer (the page, the one whose server refuses HEAD) are not listed.
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task The_checker_stores_each_link_with_its_outcome_and_date()
    {
        var before = DateTime.UtcNow;

        await PortalCommands.Parse(["check-links"])!.RunAsync(portal.Services, TextWriter.Null);

        var results = await portal.ReadAsync(db => db.LinkCheckResults.AsNoTracking().ToListAsync());
        var run = await portal.ReadAsync(db => db.LinkCheckRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).FirstAsync());
        Assert.Equal(9, results.Count);
        Assert.All(results, r => Assert.Equal(run.Id, r.RunId));
        Assert.All(results, r => Assert.InRange(r.CheckedAt, before, run.FinishedAt!.Value));
        var redirected = Assert.Single(results, r => r.Outcome == LinkOutcome.Redirected);
        Assert.Equal((portal.Sites.Address("page").ToString(), true, 200), (redirected.FinalUrl, redirected.PermanentRedirect, redirected.StatusCode));
        Assert.Equal(LinkOutcome.Ok, results.Single(r => r.Url == portal.Sites.Address("sans-head").ToString()).Outcome);
        Assert.Equal(LinkOutcome.Timeout, results.Single(r => r.Url == portal.Sites.Address("muette").ToString()).Outcome);
        Assert.Equal(LinkOutcome.ConnectionRefused, results.Single(r => r.Url == portal.Sites.ClosedPortAddress.ToString()).Outcome);
        Assert.Equal((9, 5, 1), (run.LinkCount, run.BrokenCount, run.RedirectedCount));
    }

    [Fact]
    public async Task A_site_is_asked_one_request_at_a_time_head_first_then_get_when_head_is_refused()
    {
        portal.Sites.ForgetRequests();

        await PortalCommands.Parse(["check-links"])!.RunAsync(portal.Services, TextWriter.Null);

        var requests = portal.Sites.Requests;
        Assert.Equal(1, portal.Sites.MostAtOnce);
        Assert.Equal(["HEAD /sans-head", "GET /sans-head"], requests.Where(r => r.EndsWith("/sans-head", StringComparison.Ordinal)));
        // An address found in two items is asked once (HEAD, then GET for the 404); the page once for itself, once as the redirect's end.
        Assert.Equal(["HEAD /absente", "GET /absente"], requests.Where(r => r.EndsWith("/absente", StringComparison.Ordinal)));
        Assert.Equal(2, requests.Count(r => r == "HEAD /page"));
    }

    [Fact]
    public async Task Staff_start_a_check_and_find_the_broken_and_redirected_links_per_item_with_a_link_to_edit_it()
    {
        using var staff = await StaffBrowser.SignInAsync(portal);
        var page = await staff.GetAsync(LinksAdminController.Path);
        var form = page.Forms.Single(f => f.Action.EndsWith("/admin/liens/verifier", StringComparison.Ordinal));

        var started = await staff.SubmitAsync(form);
        await portal.Services.GetRequiredService<LinkCheckRunner>().Running;

        Assert.Contains("Vérification lancée", started.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        var report = await staff.GetAsync(LinksAdminController.Path);
        Assert.Matches(@"Dernière vérification le .+ \(lancée par admin@occitanie\.gouv\.fr\) : 9 liens vérifiés, 5 en erreur, 1 redirigé\.",
            VisibleText.Of(report.QuerySelector("#derniere-verification")!));
        var broken = report.QuerySelector("section[aria-labelledby='liens-en-erreur']")!;
        var measure = ItemBlock(broken, $"Mesure : {MeasureTitle}");
        Assert.Contains($"Contacts — Site web : {portal.Sites.Address("absente")} — Page introuvable (erreur 404)", Lines(measure));
        Assert.Contains($"Texte : {portal.Sites.Address("en-panne")} — Erreur du serveur (erreur 500)", Lines(measure));
        var workshop = ItemBlock(broken, $"Atelier : {WorkshopTitle}");
        Assert.Contains($"Pour aller plus loin : {portal.Sites.Address("muette")} — Pas de réponse en 2 secondes", Lines(workshop));
        Assert.Contains($"Pour aller plus loin : {portal.Sites.ClosedPortAddress} — Connexion refusée par le serveur", Lines(workshop));
        var redirected = ItemBlock(report.QuerySelector("section[aria-labelledby='liens-rediriges']")!, $"Mesure : {MeasureTitle}");
        Assert.Equal([$"Liens : {portal.Sites.Address("ancienne-adresse")} — Déplacé définitivement vers {portal.Sites.Address("page")}"], Lines(redirected));

        var edit = measure.QuerySelector("a.fr-btn")!.GetAttribute("href")!;
        Assert.Equal($"/admin/mesures/{portal.MeasureId}", edit);
        Assert.Equal(MeasureTitle, (await staff.GetAsync(edit)).QuerySelector("input[name='Title']")?.GetAttribute("value"));
        Assert.Equal($"/admin/ateliers/{portal.WorkshopId}", workshop.QuerySelector("a.fr-btn")!.GetAttribute("href"));
        var dashboard = await staff.GetAsync("/admin");
        Assert.StartsWith("5 liens en erreur à la dernière vérification.", VisibleText.Of(dashboard.QuerySelector("#liens-en-erreur")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_check_needs_the_form_token()
    {
        using var staff = await StaffBrowser.SignInAsync(portal);

        using var response = await staff.Http.PostAsync(new Uri("/admin/liens/verifier", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task By_default_the_checker_refuses_internal_addresses_without_asking_them()
    {
        portal.Sites.ForgetRequests();
        using var probe = new LinkProbe(new LinkCheckOptions { TimeoutSeconds = 2 });

        var result = await probe.CheckAsync(portal.Sites.Address("page"), CancellationToken.None);

        Assert.Equal(LinkOutcome.InternalAddress, result.Outcome);
        Assert.Empty(portal.Sites.Requests);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("193.17.1.1", false)]
    [InlineData("2a01:e0a::1", false)]
    public void Internal_addresses_are_told_apart_from_the_web(string address, bool isInternal) =>
        Assert.Equal(isInternal, LinkProbe.IsInternal(IPAddress.Parse(address)));

    private static AngleSharp.Dom.IElement ItemBlock(AngleSharp.Dom.IElement section, string heading) =>
        section.QuerySelectorAll("h3").Single(h => VisibleText.Of(h) == heading).ParentElement!;

    private static string[] Lines(AngleSharp.Dom.IElement block) =>
        [.. block.QuerySelectorAll("li").Select(li => VisibleText.Of(li.QuerySelector("span.fr-hint-text") is { } hint ? Without(li, hint) : li))];

    private static AngleSharp.Dom.IElement Without(AngleSharp.Dom.IElement li, AngleSharp.Dom.IElement hint)
    {
        var copy = (AngleSharp.Dom.IElement)li.Clone();
        copy.QuerySelector("span.fr-hint-text")!.Remove();
        return copy;
    }

    /// <summary>The portal on the content of <see cref="SeedAsync"/>; requests time out after 2 seconds, and loopback may be visited.</summary>
    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        public LinkTargetServer Sites { get; private set; } = null!;

        public Guid MeasureId { get; private set; }

        public Guid WorkshopId { get; private set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LinkCheck:TimeoutSeconds", "2");
            builder.UseSetting("LinkCheck:AllowInternalAddresses", "true");
        }

        public async Task InitializeAsync()
        {
            Sites = await LinkTargetServer.StartAsync();
            (MeasureId, WorkshopId) = await ReadAsync(db => SeedAsync(db, Sites));
        }

        async Task IAsyncLifetime.DisposeAsync() => await Sites.DisposeAsync();
    }

    /// <summary>
    /// Puts every item in the trash (the repository's links lead to the internet), then adds a
    /// measure, a draft workshop and a departmental contact whose 9 links lead to <paramref name="sites"/>.
    /// </summary>
    /// <returns>The measure's and the workshop's ids.</returns>
    internal static async Task<(Guid Measure, Guid Workshop)> SeedAsync(PortalDbContext db, LinkTargetServer sites)
    {
        foreach (var kind in ContentKinds.All)
        {
            await (Task<int>)_trashAll.MakeGenericMethod(kind.EntityType).Invoke(null, [db])!;
        }
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            Slug = "mesure-aux-liens-varies",
            Title = MeasureTitle,
            AxisId = await db.Axes.OrderBy(a => a.Number).Select(a => a.Id).FirstAsync(),
            Body = $"Voir [le guide]({sites.Address("en-panne")}), <{sites.Address("sans-head")}>, [une page du portail](/mesures/autre) ou [écrire](mailto:contact@example.org).",
            Links = [new() { Title = "Page à jour", Url = sites.Address("page").ToString() }, new() { Title = "Ancienne adresse", Url = sites.Address("ancienne-adresse").ToString() }, new() { Title = "Sans adresse" }],
            Contacts = [new() { Name = "Service instructeur", Url = sites.Address("absente").ToString() }],
            UpdatedBy = MeasureBuilder.Editor,
        };
        var workshop = new Workshop
        {
            Id = Guid.NewGuid(),
            Slug = "atelier-aux-liens-a-revoir",
            Title = WorkshopTitle,
            Status = PublicationStatus.Draft,
            IntentionId = await db.Intentions.Select(i => i.Id).FirstAsync(),
            Place = "Toulouse",
            FurtherReading = $"- [Webinaire]({sites.Address("muette")})\n- [Site fermé]({sites.ClosedPortAddress})\n- [Même page]({sites.Address("page")})",
            UpdatedBy = MeasureBuilder.Editor,
        };
        var contact = new LocalContact
        {
            Id = Guid.NewGuid(),
            Slug = "ddets-essai",
            Service = "DDETS",
            Name = "Service d'essai",
            DepartementId = await db.Departements.Select(d => d.Id).FirstAsync(),
            Url = sites.Address("absente").ToString(),
            UpdatedBy = MeasureBuilder.Editor,
        };
        db.AddRange(measure, workshop, contact);
        await db.SaveChangesAsync();
        return (measure.Id, workshop.Id);
    }

    private static readonly MethodInfo _trashAll = typeof(LinkCheckTests).GetMethod(nameof(TrashAllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> TrashAllAsync<T>(PortalDbContext db) where T : EditableEntity =>
        db.Set<T>().ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, PublicationStatus.Deleted));
}
