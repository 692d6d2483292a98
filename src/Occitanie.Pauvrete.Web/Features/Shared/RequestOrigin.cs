namespace Occitanie.Pauvrete.Web.Features.Shared;

public static class RequestOrigin
{
    /// <summary>
    /// "https://portail.example.gouv.fr": what the open data files and the API put before a page's
    /// path, so that the links of a downloaded file still work where it is read.
    /// </summary>
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
