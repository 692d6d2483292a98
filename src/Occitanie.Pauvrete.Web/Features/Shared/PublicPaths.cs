namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>
/// The public addresses of the portal's pages, written once: views, queries, the sitemap, the
/// feed, search, open data, the API, JSON-LD and the admin's « Voir sur le site » links build
/// them here. The controllers' route attributes give the same addresses in routing's syntax.
/// Slugs are escaped, although the importer and the admin only accept [a-z0-9-].
/// </summary>
public static class PublicPaths
{
    public const string Home = "/";

    public const string Measures = "/mesures";

    public const string Workshops = "/ateliers";

    public const string Axes = "/axes";

    public const string Conferences = "/conferences";

    public const string PressReleases = "/communiques";

    public const string PressContacts = "/communiques/contacts-presse";

    public const string PressFeed = "/communiques/flux.xml";

    /// <summary>The page that explains the feed and gives its address, behind « S'abonner ».</summary>
    public const string PressFeedHelp = "/communiques/abonnement";

    public const string Governance = "/gouvernance";

    public const string WorkingGroups = "/groupes-de-travail";

    public const string Search = "/recherche";

    public const string OpenData = "/donnees";

    public const string ApiReference = "/donnees/api";

    /// <summary>« Ma sélection »: a reader's list of measures and workshops, carried in its query string.</summary>
    public const string Selection = "/ma-selection";

    /// <summary>« Combien pour ma commune ? »: the measures whose funding is a rule, each with its estimate.</summary>
    public const string Estimates = "/combien";

    /// <summary>« Intégrer sur votre site »: a webmaster chooses a block and copies its snippet.</summary>
    public const string Embed = "/integrer";

    /// <summary>The block itself, the only address another site may show in a frame (decision 0023).</summary>
    public const string EmbedBlock = "/integrer/bloc";

    /// <summary>« Statistiques »: the pages most read, visits and searches, counted without tracking (decision 0024).</summary>
    public const string Statistics = "/statistiques";

    /// <summary>The seven intentions « Je souhaite… », in the guide's order.</summary>
    public const string Intentions = "/je-souhaite";

    public static string Measure(string slug) => Item(Measures, slug);

    public static string Intention(string slug) => Item(Intentions, slug);

    public static string Axis(string slug) => Item(Axes, slug);

    public static string Workshop(string slug) => Item(Workshops, slug);

    public static string Conference(string slug) => Item(Conferences, slug);

    public static string PressRelease(string slug) => Item(PressReleases, slug);

    /// <summary>A page of the Pages table with an address of its own: "/contact", "/mentions-legales".</summary>
    public static string Page(string slug) => Item("", slug);

    private static string Item(string list, string slug) => $"{list}/{Uri.EscapeDataString(slug)}";
}
