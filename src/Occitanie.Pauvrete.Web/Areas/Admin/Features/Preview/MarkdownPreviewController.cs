using Microsoft.AspNetCore.Mvc;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Preview;

/// <summary>
/// The live preview of a markdown field (wwwroot/js/admin-markdown.js): the HTML fragment the public
/// site would show, from the same <see cref="MarkdownRenderer"/>. A POST, so the antiforgery token is
/// checked like any other form; staff only, like the whole area.
/// </summary>
[Area("Admin")]
public sealed class MarkdownPreviewController(MarkdownRenderer markdown) : Controller
{
    /// <summary>Far more than the longest body of the content (8 000 characters): a preview has no use for more.</summary>
    private const int MaxLength = 200_000;

    [HttpPost("/admin/apercu-markdown")]
    [RequestSizeLimit(1_000_000)]
    public IActionResult Render([FromForm(Name = "markdown")] string? text)
    {
        if (text?.Length > MaxLength)
        {
            return BadRequest();
        }
        var html = markdown.Render(text);
        using var writer = new StringWriter();
        // What will be dropped or shown as text is said above the preview, as the save says it.
        if (markdown.Warnings(text) is { Count: > 0 } warnings)
        {
            var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
            writer.Write("<div class=\"fr-alert fr-alert--warning fr-alert--sm fr-mb-2w admin-preview__warnings\"><ul>");
            foreach (var warning in warnings)
            {
                writer.Write($"<li>{encoder.Encode(warning)}</li>");
            }
            writer.Write("</ul></div>");
        }
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Content(writer.ToString(), "text/html; charset=utf-8");
    }
}
