using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>
/// Sends a page's multipart form with a file, as a browser does: every named field of the form with
/// its value (the antiforgery token among them), the given texts, and the file in its file input.
/// AngleSharp cannot put a file in a file input, hence this.
/// </summary>
public static class MultipartForms
{
    public static async Task<HttpResponseMessage> SendWithFileAsync(this StaffBrowser browser, IHtmlFormElement form,
        Dictionary<string, string> texts, byte[] file, string fileName, string declaredType)
    {
        Assert.Equal("multipart/form-data", form.Enctype);
        var fileInput = form.Elements.OfType<IHtmlInputElement>().Single(i => i.Type == "file");
        using var content = new MultipartFormDataContent();
        foreach (var field in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type != "file" && !string.IsNullOrEmpty(i.Name)))
        {
            content.Add(new StringContent(texts.TryGetValue(field.Name!, out var typed) ? typed : field.Value), field.Name!);
        }
        Assert.All(texts.Keys, name => Assert.Contains(form.Elements.OfType<IHtmlInputElement>(), i => i.Name == name));
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        content.Add(bytes, fileInput.Name!, fileName);
        // The action as written in the page, resolved against the browser's site.
        return await browser.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
