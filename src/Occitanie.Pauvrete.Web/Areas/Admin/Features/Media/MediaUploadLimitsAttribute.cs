using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Occitanie.Pauvrete.Web.Features.Media;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>
/// Lets an upload request be as large as <see cref="MediaOptions.MaxRequestBytes"/> (the server's
/// default stops at 30 Mo with a bare 413), so that the portal reads a file too large and refuses it
/// with a French message naming the limit. Runs before the antiforgery check, which reads the form,
/// as the framework's own <c>[RequestSizeLimit]</c> does, but from configuration.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MediaUploadLimitsAttribute : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<MediaOptions>>().Value);

    private sealed class Filter(MediaOptions options) : IAuthorizationFilter, IOrderedFilter
    {
        /// <summary>The order of the framework's request-size filters: before antiforgery (1000).</summary>
        public int Order => -2000;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = options.MaxRequestBytes;
            }
            if (features.Get<IFormFeature>() is not { Form: not null })
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = options.MaxRequestBytes }));
            }
        }
    }
}
