using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// The few schema.org types the portal describes its items with, written in the page's head as
/// JSON-LD so that search engines read a press release as a news article, a measure as a public
/// service and a conference as an event. Only what the database holds goes in: no property is
/// filled with a guess.
/// </summary>
public static class SchemaOrg
{
    /// <summary>Language of every page of the portal.</summary>
    public const string French = "fr-FR";

    /// <summary>The region every measure, workshop and conference of the portal is about.</summary>
    public static readonly AdministrativeArea Occitanie = new("Occitanie");

    // The default encoder is kept on purpose: it writes "<" as "\u003C", so no text of the
    // database (a title holding "</script>") can close the script element it is written in.
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON-LD of <paramref name="thing"/>, safe to write as is inside a script element.</summary>
    public static string Serialize(Thing thing)
    {
        var json = JsonSerializer.SerializeToNode(thing, _options)!.AsObject();
        json.Insert(0, "@context", "https://schema.org");
        return json.ToJsonString(_options);
    }

    /// <summary>An ISO 8601 date: "2021-07-07".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Any schema.org item; the derived types are written with their own properties.</summary>
    [JsonDerivedType(typeof(Organization))]
    [JsonDerivedType(typeof(AdministrativeArea))]
    [JsonDerivedType(typeof(Audience))]
    [JsonDerivedType(typeof(Place))]
    [JsonDerivedType(typeof(VirtualLocation))]
    [JsonDerivedType(typeof(NewsArticle))]
    [JsonDerivedType(typeof(GovernmentService))]
    [JsonDerivedType(typeof(Event))]
    public abstract record Thing([property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type);

    public sealed record Organization(string Name) : Thing("Organization");

    public sealed record AdministrativeArea(string Name) : Thing("AdministrativeArea");

    public sealed record Audience(string AudienceType) : Thing("Audience");

    public sealed record Place(string Name) : Thing("Place");

    /// <summary>An online place; the sources give no address for it.</summary>
    public sealed record VirtualLocation(string Name) : Thing("VirtualLocation");

    public sealed record NewsArticle() : Thing("NewsArticle")
    {
        public required string Headline { get; init; }

        public required string? Description { get; init; }

        public required string DatePublished { get; init; }

        public required Organization Author { get; init; }

        public required Organization Publisher { get; init; }

        public required string MainEntityOfPage { get; init; }

        public required string InLanguage { get; init; }
    }

    public sealed record GovernmentService() : Thing("GovernmentService")
    {
        public required string Name { get; init; }

        public required string? Description { get; init; }

        public required string? ServiceType { get; init; }

        public required IReadOnlyList<Organization>? Provider { get; init; }

        public required IReadOnlyList<Audience>? Audience { get; init; }

        public required AdministrativeArea AreaServed { get; init; }

        public required string Url { get; init; }
    }

    /// <summary>
    /// An event; <see cref="StartDate"/> and <see cref="EndDate"/> are ISO 8601 dates no more precise
    /// than the sources ("2023-05" for a month).
    /// </summary>
    public sealed record Event() : Thing("Event")
    {
        public required string Name { get; init; }

        public required string? Description { get; init; }

        public required string StartDate { get; init; }

        public required string? EndDate { get; init; }

        public required Thing Location { get; init; }

        public required string EventAttendanceMode { get; init; }

        public required string Url { get; init; }

        public required string InLanguage { get; init; }
    }

    public const string OnlineAttendance = "https://schema.org/OnlineEventAttendanceMode";

    public const string OfflineAttendance = "https://schema.org/OfflineEventAttendanceMode";
}
