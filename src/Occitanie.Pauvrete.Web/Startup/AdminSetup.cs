using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Occitanie.Pauvrete.Web.Areas.Admin.Accounts;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Account;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Accounts;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.History;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Startup;

public static class AdminSetup
{
    /// <summary>Any staff member: administrators and rédacteurs.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Users and roles: administrators only.</summary>
    public const string AdministratorPolicy = "Administrator";

    /// <summary>The login form's limiter: a few tries per client and minute, on top of the per-account throttle (<see cref="LoginThrottle"/>).</summary>
    public const string LoginRateLimit = "login";

    /// <summary>Where the staff area lives: its cookies go only there, and public-only treatment (cache, compression) stops there.</summary>
    public const string AdminPath = "/admin";

    /// <summary>Whether the request is for the staff area (<see cref="AdminPath"/>), not the public site.</summary>
    public static bool IsStaffArea(this HttpRequest request) => request.Path.StartsWithSegments(AdminPath);

    /// <summary>Staff accounts (Identity with its cookie), their keys in the database, the login limiter and the admin area's rules.</summary>
    public static WebApplicationBuilder AddPortalAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        builder.Services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                // Lockout only serves to disable an account (StaffAccounts.DisableAsync): failed
                // sign-ins never lock one, LoginThrottle slows the client instead (decision 0014).
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<WeakPasswordValidator>()
            .AddErrorDescriber<FrenchIdentityErrors>();
        builder.Services.AddScoped<AdminAccounts>();
        builder.Services.AddScoped<ContentCommands>();
        builder.Services.AddScoped<BulkActions>();
        builder.Services.AddScoped<Areas.Admin.Features.Schedule.ScheduleCommand>();
        builder.Services.AddScoped<Areas.Admin.Features.Reports.ReportTriage>();
        // The link checker (issue 17, decision 0020): from « Liens à vérifier », the check-links command, or daily when LinkCheck:Daily is on.
        builder.Services.AddOptions<Areas.Admin.Features.Links.LinkCheckOptions>().BindConfiguration(Areas.Admin.Features.Links.LinkCheckOptions.Section)
            .Validate(o => o.TimeoutSeconds > 0 && o.MaxParallelHosts > 0, "LinkCheck: TimeoutSeconds and MaxParallelHosts must be positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<Areas.Admin.Features.Links.ContentLinks>();
        builder.Services.AddScoped<Areas.Admin.Features.Links.LinkChecker>();
        builder.Services.AddSingleton<Areas.Admin.Features.Links.LinkCheckRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Areas.Admin.Features.Links.LinkCheckRunner>());
        builder.Services.AddScoped<EditorBinder>();
        builder.Services.AddScoped<RevisionRestorer>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<SecurityLog>();
        // The session is checked against the account at every request: a disabled account, a new
        // role or a password reset (each changes the security stamp) takes effect at once. The
        // cookie only goes to /admin, so public pages pay nothing for it.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // OWASP's 2023 figure for PBKDF2-HMAC-SHA512, which Identity v3 hashes use.
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        // Behind the TLS proxy the public port is 443; Kestrel itself may only listen on HTTP.
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HttpsPort") ?? 443);
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "portail-admin";
            o.Cookie.Path = AdminPath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = "/admin/connexion";
            o.LogoutPath = "/admin/deconnexion";
            // A signed-in rédacteur who reaches an administrators' page gets a 403 and the DSFR error page, at the address asked.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<SecurityLog>().AdminForbidden(
                    context.HttpContext.User.Identity?.Name ?? "(anonymous)", context.Request.Method, context.Request.Path);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.ReturnUrlParameter = "retour";
            // An absolute lifetime: a session ends 8 hours after its sign-in whatever it does. The
            // stamp check at every request renews the cookie, and with sliding expiration each
            // renewal gave 8 more hours, so a copied cookie never expired; without it the renewal
            // keeps the first expiry (Identity's SecurityStampValidator).
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false;
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portail-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is (behind the TLS proxy: always). Not « Always »: the
            // readers' report form is public, and a page served over plain HTTP (a proxy without TLS,
            // a local run) must show it, not fail. The cookie grants nothing by itself; the staff's
            // sign-in cookie stays Secure whatever the request.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "portail-message";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
        builder.Services.AddDataProtection()
            .SetApplicationName("Occitanie.Pauvrete")
            .PersistKeysToDbContext<PortalDbContext>();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireRole(AdminAccounts.AdministratorRole, AdminAccounts.EditorRole))
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(AdminAccounts.AdministratorRole));

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<SecurityLog>().TooManyRequests(
                    SecurityLog.ClientOf(context.HttpContext), context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        builder.Services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Conventions.Add(new AdminAreaRequiresStaff());
        });
        return builder;
    }

    /// <summary>Between routing and the endpoints: who is signed in, what they may reach, how often they may try.</summary>
    public static WebApplication UsePortalAdmin(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // The staff cookies are Secure: over plain HTTP the admin could not work (nor sign in), so it is sent to HTTPS.
            app.UseWhen(c => c.Request.IsStaffArea(), admin => admin.UseHttpsRedirection());
        }
        // The staff cookie is only sent to /admin (its path), so elsewhere nobody is ever signed in:
        // public requests skip reading it. Authorization stays everywhere, so an endpoint that
        // required a login outside /admin would refuse everyone rather than open up. The only rate
        // limits are on the admin's login and new-password forms.
        app.UseWhen(c => c.Request.IsStaffArea(), admin => admin.UseAuthentication());
        // UseAuthentication marks the branch's builder only (UseWhen copies the properties): without
        // the same mark on the application itself, WebApplication adds its own UseAuthentication in
        // front of the whole pipeline, and every request (static files and cached pages included)
        // built the cookie handler and looked for a cookie it can never carry. The key is the one
        // UseAuthentication sets (AuthAppBuilderExtensions) and WebApplicationBuilder reads.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseAuthorization();
        app.UseWhen(c => c.Request.IsStaffArea(), admin => admin.UseRateLimiter());
        return app;
    }

    /// <summary>
    /// Every controller of the admin area needs a staff login unless it says [AllowAnonymous] (the
    /// login page): a new admin page cannot be left open by forgetting an attribute.
    /// </summary>
    private sealed class AdminAreaRequiresStaff : IControllerModelConvention
    {
        public void Apply(ControllerModel controller)
        {
            if (controller.RouteValues.TryGetValue("area", out var area) && area == "Admin")
            {
                controller.Filters.Add(new AuthorizeFilter(StaffPolicy));
            }
        }
    }
}
