using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Features.Api;
using Occitanie.Pauvrete.Web.Features.Measures;
using Occitanie.Pauvrete.Web.Features.Shared;
using Occitanie.Pauvrete.Web.Startup;

namespace Occitanie.Pauvrete.Web.Features.OpenData;

/// <summary>A parameter of an endpoint, as the OpenAPI document describes it.</summary>
public sealed record ApiParameterReference(string Name, string Location, bool Required, string Type, string? Description, IReadOnlyList<string> Constraints);

/// <summary>One endpoint of the API with an example request that works on this instance.</summary>
public sealed record ApiEndpointReference
{
    public required string Id { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string? Summary { get; init; }

    public required string? Description { get; init; }

    public required IReadOnlyList<ApiParameterReference> Parameters { get; init; }

    public required IReadOnlyList<(string Status, string Description)> Responses { get; init; }

    public required string ExampleUrl { get; init; }
}

public sealed record ApiReferenceViewModel(
    string ApiTitle,
    string? ApiDescription,
    string Origin,
    IReadOnlyList<(string Tag, IReadOnlyList<ApiEndpointReference> Endpoints)> Groups,
    string SampleUrl,
    string SampleResponse)
    : PageViewModel(
        "Référence de l'API",
        "L'API de consultation du portail : adresses, paramètres, exemples de requêtes et de réponses, en JSON, décrite au format OpenAPI.")
{
    public const string OpenApiUrl = "/openapi/" + ApiSetup.DocumentName + ".json";
}

/// <summary>
/// /donnees/api, written from the portal's own OpenAPI document (the one /openapi/v1.json serves),
/// so the page and the document cannot disagree; its examples use values of this database.
/// </summary>
public sealed class ApiReferenceQuery(
    [FromKeyedServices(ApiSetup.DocumentName)] IOpenApiDocumentProvider openApi,
    PublicApiQuery api,
    PortalDbContext db,
    IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json)
{
    /// <summary>How many measures the sample response holds: enough to show the shape, short enough to read.</summary>
    private const int SampleSize = 2;

    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true, Encoder = OpenDataFiles.JsonText };

    public async Task<ApiReferenceViewModel> LoadAsync(SiteAddress site, CancellationToken cancellationToken)
    {
        var document = await openApi.GetOpenApiDocumentAsync(cancellationToken);
        using var parsed = JsonDocument.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken));
        var root = parsed.RootElement;

        var intention = await db.Intentions.AsNoTracking().Published().OrderBy(i => i.Order).Select(i => i.Slug).FirstOrDefaultAsync(cancellationToken);
        var filter = new MeasureFilter { Intention = intention };
        var sample = await api.ListMeasuresAsync(filter, page: 1, size: SampleSize, site, cancellationToken);
        var measureSlug = (sample.Page?.Items is [var first, ..] ? first.Slug : null)
            ?? await db.Measures.AsNoTracking().Published().OrderBy(m => m.Slug).Select(m => m.Slug).FirstOrDefaultAsync(cancellationToken)
            ?? "slug";
        var sampleUrl = $"/api/mesures?{(intention is null ? "" : $"intention={intention}&")}taille={SampleSize}";

        var endpoints = new List<(string Tag, ApiEndpointReference Endpoint)>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var method = operation.Name.ToUpperInvariant();
                var tag = op.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString() ?? "API" : "API";
                var example = path.Name switch
                {
                    "/api/mesures" => sampleUrl,
                    _ => path.Name.Replace("{slug}", measureSlug, StringComparison.Ordinal),
                };
                endpoints.Add((tag, new ApiEndpointReference
                {
                    Id = Anchor(method, path.Name),
                    Method = method,
                    Path = path.Name,
                    Summary = Text(op, "summary"),
                    Description = Text(op, "description"),
                    Parameters = op.TryGetProperty("parameters", out var parameters) ? [.. parameters.EnumerateArray().Select(Parameter)] : [],
                    Responses = op.TryGetProperty("responses", out var responses)
                        ? [.. responses.EnumerateObject().Select(r => (r.Name, Text(r.Value, "description") ?? ""))]
                        : [],
                    ExampleUrl = example,
                }));
            }
        }

        var info = root.GetProperty("info");
        return new ApiReferenceViewModel(
            Text(info, "title") ?? "API",
            Text(info, "description"),
            site.Origin,
            [.. endpoints.GroupBy(e => e.Tag).Select(g => (g.Key, (IReadOnlyList<ApiEndpointReference>)[.. g.Select(e => e.Endpoint)]))],
            sampleUrl,
            // Written by the API's own serializer settings, then indented for reading.
            JsonNode.Parse(JsonSerializer.Serialize(sample.Page, json.Value.JsonSerializerOptions))!.ToJsonString(_indented))
        {
            Breadcrumb = [new Crumb("Données ouvertes", PublicPaths.OpenData), new Crumb("Référence de l'API")],
        };
    }

    private static ApiParameterReference Parameter(JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        var constraints = new List<string>();
        if (schema.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("minimum", out var minimum) && schema.TryGetProperty("maximum", out var maximum)
                && maximum.TryGetInt64(out var max) && max < int.MaxValue)
            {
                constraints.Add($"de {minimum.GetRawText()} à {maximum.GetRawText()}");
            }
            else if (schema.TryGetProperty("minimum", out minimum))
            {
                constraints.Add($"au moins {minimum.GetRawText()}");
            }
            if (schema.TryGetProperty("maxLength", out var maxLength))
            {
                constraints.Add($"{maxLength.GetRawText()} caractères au plus");
            }
            if (schema.TryGetProperty("default", out var value))
            {
                constraints.Add($"par défaut {(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())}");
            }
        }
        return new ApiParameterReference(
            Text(parameter, "name") ?? "",
            Text(parameter, "in") == "path" ? "chemin" : "requête",
            parameter.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
            TypeOf(schema),
            Text(parameter, "description"),
            constraints);
    }

    /// <summary>"integer", ["null", "string"] → "entier", "texte".</summary>
    private static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return "texte";
        }
        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).ToList()
            : [type.GetString()];
        return names.FirstOrDefault(n => n != "null") switch
        {
            "integer" => "entier",
            "number" => "nombre",
            "boolean" => "booléen",
            _ => "texte",
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>"get-api-mesures-slug": an id for the page's table of contents.</summary>
    private static string Anchor(string method, string path) =>
        (method + path).ToLower(CultureInfo.InvariantCulture).Replace("/", "-", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
}
