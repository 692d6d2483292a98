namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>What became of one external link when it was checked (issue 17, decision 0020).</summary>
public enum LinkOutcome
{
    /// <summary>Answered 2xx at its own address.</summary>
    Ok,

    /// <summary>Answered 2xx after one or more redirects: the content should say the final address.</summary>
    Redirected,

    /// <summary>Answered 4xx or 5xx (after redirects, if any): <see cref="LinkCheckResult.StatusCode"/> says which.</summary>
    HttpError,

    /// <summary>No answer within the configured time.</summary>
    Timeout,

    /// <summary>The server's machine refused the connection (nothing listens there).</summary>
    ConnectionRefused,

    /// <summary>The name does not resolve (the domain is gone or mistyped).</summary>
    HostNotFound,

    /// <summary>The TLS handshake failed (expired or wrong certificate…).</summary>
    SecureConnectionFailed,

    /// <summary>Any other network failure.</summary>
    Unreachable,

    /// <summary>More redirects than the checker follows, or a loop.</summary>
    TooManyRedirects,

    /// <summary>The address leads to a private or loopback network, which the checker does not visit unless told (decision 0020).</summary>
    InternalAddress,
}

/// <summary>
/// One run of the link checker, from the admin, the daily service or the command line. An
/// unfinished run is one under way (or one whose process stopped: it counts as abandoned after
/// <see cref="Areas.Admin.Features.Links.LinkChecker.AbandonedAfter"/>).
/// </summary>
public class LinkCheckRun
{
    public Guid Id { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Who started it: a staff e-mail, « vérification quotidienne » or « ligne de commande ».</summary>
    public string StartedBy { get; set; } = "";

    public DateTime? FinishedAt { get; set; }

    /// <summary>How many links of the content it checks (each place an address appears counts once).</summary>
    public int LinkCount { get; set; }

    public int BrokenCount { get; set; }

    public int RedirectedCount { get; set; }
}

/// <summary>
/// One external link of one item, as the last finished run found it. Replaced whole by the next
/// run's results; not content (saving one evicts no cached page).
/// </summary>
public class LinkCheckResult
{
    public Guid Id { get; set; }

    public Guid RunId { get; set; }

    /// <summary>CLR name of the item's entity ("Measure"), as revisions name it.</summary>
    public string ItemType { get; set; } = "";

    public Guid ItemId { get; set; }

    /// <summary>The item's title when checked.</summary>
    public string ItemTitle { get; set; } = "";

    /// <summary>Where in the item the link is, as the form labels it (« Liens », « Contacts — Site web », « Pour aller plus loin »).</summary>
    public string Field { get; set; } = "";

    public string Url { get; set; } = "";

    public LinkOutcome Outcome { get; set; }

    /// <summary>The HTTP status of the last answer (the final one after redirects); null when none came.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Where the redirects led; null when there was none.</summary>
    public string? FinalUrl { get; set; }

    /// <summary>Whether the first redirect was a permanent one (301, 308): the site says the address moved for good.</summary>
    public bool PermanentRedirect { get; set; }

    public DateTime CheckedAt { get; set; }
}
