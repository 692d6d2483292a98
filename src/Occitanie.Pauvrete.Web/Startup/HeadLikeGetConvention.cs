using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Occitanie.Pauvrete.Web.Startup;

/// <summary>
/// Every action that answers GET also answers HEAD (link checkers and uptime monitors use it):
/// the same action runs and the server sends its headers without the body. Attribute routes with
/// [HttpGet] accept GET alone, and writing [HttpGet, HttpHead] on each action would be forgotten
/// on the next one.
/// </summary>
public sealed class HeadLikeGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        // The API is not a page: its OpenAPI document lists GET alone.
        if (action.Controller.Attributes.OfType<Microsoft.AspNetCore.Mvc.Infrastructure.IApiBehaviorMetadata>().Any())
        {
            return;
        }
        foreach (var selector in action.Selectors)
        {
            var methods = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (methods is null || !methods.HttpMethods.Contains(HttpMethods.Get) || methods.HttpMethods.Contains(HttpMethods.Head))
            {
                continue;
            }
            var withHead = methods.HttpMethods.Append(HttpMethods.Head).ToList();
            selector.ActionConstraints[selector.ActionConstraints.IndexOf(methods)] = new HttpMethodActionConstraint(withHead);
            // Endpoint routing matches on this metadata, not on the constraint.
            var metadata = selector.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().FirstOrDefault();
            if (metadata is not null)
            {
                selector.EndpointMetadata[selector.EndpointMetadata.IndexOf(metadata)] = new Microsoft.AspNetCore.Routing.HttpMethodMetadata(withHead, metadata.AcceptCorsPreflight);
            }
        }
    }
}
