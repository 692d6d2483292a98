using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Occitanie.Pauvrete.Web.Features.OpenData;

namespace Occitanie.Pauvrete.Web.Startup;

public static class ApiSetup
{
    /// <summary>The name of the OpenAPI document, served at /openapi/{name}.json.</summary>
    public const string DocumentName = "v1";

    /// <summary>The CORS policy of the API and the open data files: any site may read them from a browser.</summary>
    public const string OpenToAll = "open-to-all";

    /// <summary>
    /// The read-only JSON API (Features/Api): French error answers in the problem details format
    /// (RFC 9457), accents written as they are, and its OpenAPI document, which describes /api only.
    /// </summary>
    public static WebApplicationBuilder AddPortalApi(this WebApplicationBuilder builder)
    {
        // Numbers are read and written as numbers only, so the OpenAPI schemas say "integer", not "integer or string".
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.JsonSerializerOptions.Encoder = OpenDataFiles.JsonText;
            o.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = OpenDataFiles.JsonText;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = context =>
        {
            var problem = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateValidationProblemDetails(
                context.HttpContext,
                context.ModelState,
                StatusCodes.Status400BadRequest,
                title: "Paramètres invalides",
                detail: "Un ou plusieurs paramètres de la requête ne sont pas valides : errors les nomme, avec la raison.");
            return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
        });
        // A value that does not even convert (?page=deux) is answered in French too.
        builder.Services.Configure<MvcOptions>(o =>
        {
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, name) => $"La valeur « {value} » n'est pas valide pour le paramètre {name}.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
            messages.SetValueMustBeANumberAccessor(name => $"Le paramètre {name} doit être un nombre.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "La valeur doit être un nombre.");
        });

        // Public data without credentials: a web page elsewhere (a map, a dashboard) may fetch it.
        builder.Services.AddCors(o => o.AddPolicy(OpenToAll, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD")));

        builder.Services.AddOpenApi(DocumentName, o =>
        {
            // MVC's pages are attribute-routed too: only the API belongs in its description.
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "API du portail de la lutte contre la pauvreté en Occitanie",
                    Version = "1",
                    Description = "API de consultation, en lecture seule et sans authentification, des mesures, ateliers et communiqués "
                        + "publiés sur le portail de la stratégie de prévention et de lutte contre la pauvreté en Occitanie. "
                        + "Réponses en JSON ; erreurs au format problem details (RFC 9457). Données sous Licence Ouverte / Open Licence version 2.0.",
                    License = new OpenApiLicense { Name = "Licence Ouverte / Open Licence version 2.0", Url = new Uri("https://www.etalab.gouv.fr/licence-ouverte-open-licence/") },
                };
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>The OpenAPI document, and a problem details 404 for any other address under /api (never the HTML error page).</summary>
    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapOpenApi().RequireCors(OpenToAll);
        app.MapFallback("/api/{**path}", () => Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Adresse inconnue",
            detail: "Cette adresse n'existe pas dans l'API : voir /openapi/v1.json ou /donnees/api."))
            .ExcludeFromDescription()
            .RequireCors(OpenToAll);
        return app;
    }
}
