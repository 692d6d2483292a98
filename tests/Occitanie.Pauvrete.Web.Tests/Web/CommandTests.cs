using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Startup;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Web;

/// <summary>The operator commands: <c>-- import-content [--force]</c> and <c>-- create-admin</c>.</summary>
public sealed class CommandTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Import_content_on_a_filled_database_reports_everything_unchanged()
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["import-content"])!.RunAsync(portal.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+ items read: 0 added, 0 refreshed, \d+ unchanged, 0 staff edits kept", output.ToString());
    }

    [Fact]
    public async Task Forced_import_content_puts_back_the_file_over_a_staff_edit()
    {
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var group = await db.WorkingGroups.SingleAsync(g => g.Slug == "petite-enfance");
            group.Title = "Petite enfance (modifié)";
            group.UpdatedBy = "redacteur@occitanie.gouv.fr";
            await db.SaveChangesAsync();
        }
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["import-content", "--force"])!.RunAsync(portal.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 staff edits overwritten", output.ToString(), StringComparison.Ordinal);
        using var check = portal.Services.CreateScope();
        var title = await check.ServiceProvider.GetRequiredService<PortalDbContext>().WorkingGroups
            .Where(g => g.Slug == "petite-enfance").Select(g => g.Title).SingleAsync();
        Assert.Equal("Petite enfance", title);
    }

    [Fact]
    public async Task Create_admin_creates_an_administrator()
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["create-admin", "--email", "operateur@occitanie.gouv.fr", "--password", "Un-mot-de-passe-solide-7"])!
            .RunAsync(portal.Services, output);

        Assert.Equal(0, exitCode);
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("operateur@occitanie.gouv.fr");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, AdminAccounts.AdministratorRole));
    }

    [Fact]
    public async Task Create_admin_with_a_weak_password_says_why_and_fails()
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(["create-admin", "--email", "faible@occitanie.gouv.fr", "--password", "court"])!
            .RunAsync(portal.Services, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("not created", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_after_a_command_configure_its_run_and_leave_its_switches_alone()
    {
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var group = await db.WorkingGroups.OrderBy(g => g.Slug).LastAsync();
            group.Title += " (modifié)";
            group.UpdatedBy = "redacteur@occitanie.gouv.fr";
            await db.SaveChangesAsync();
        }
        using var output = new StringWriter();

        var command = PortalCommands.Parse(["import-content", "--force", $"Content:Path={portal.ContentPath}", "--Database:Provider", "Sqlite"])!;
        var exitCode = await command.RunAsync(portal.Services, output);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 staff edits overwritten", output.ToString(), StringComparison.Ordinal);
        var settings = new ConfigurationBuilder().AddCommandLine([.. command.ConfigurationArgs]).Build();
        Assert.Equal(portal.ContentPath, settings["Content:Path"]);
        Assert.Equal("Sqlite", settings["Database:Provider"]);
    }

    [Fact]
    public void Create_admin_keeps_its_options_apart_from_the_settings()
    {
        var command = PortalCommands.Parse(["create-admin", "urls=http://localhost:5080", "--email", "x@y.fr", "--password", "P=ss-word-42", "--Content:Path=/srv/content"])!;

        var settings = new ConfigurationBuilder().AddCommandLine([.. command.ConfigurationArgs]).Build();
        Assert.Equal("http://localhost:5080", settings["urls"]);
        Assert.Equal("/srv/content", settings["Content:Path"]);
        Assert.Null(settings["email"]);
        Assert.Null(settings["password"]);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("create-admin", "--email", "x@y.fr")]
    [InlineData("import-content", "--forse")]
    [InlineData("import-content", "--force", "stray-word")]
    [InlineData("create-admin", "--email", "--password", "P")]
    public async Task An_unknown_or_incomplete_command_prints_the_usage(params string[] args)
    {
        using var output = new StringWriter();

        var exitCode = await PortalCommands.Parse(args)!.RunAsync(portal.Services, output);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_runs_the_web_server()
    {
        Assert.Null(PortalCommands.Parse([]));
        Assert.Null(PortalCommands.Parse(["--urls", "http://localhost:5080"]));
    }

    [Theory]
    [InlineData("Database:Provider=Sqlite")]
    [InlineData("urls=http://localhost:5080")]
    [InlineData("--urls=http://localhost:5080")]
    [InlineData("Content:Path=/srv/content", "--environment", "Production")]
    public void Settings_alone_run_the_web_server(params string[] args) =>
        Assert.Null(PortalCommands.Parse(args));
}
