namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Media;

/// <summary>A refused upload, kept for the edit form shown again: the reason and what the person typed.</summary>
public sealed record MediaUploadState(string Error, string? AltText, string? Title)
{
    private const string Key = nameof(MediaUploadState);

    public static void Set(HttpContext context, MediaUploadState state) => context.Items[Key] = state;

    public static MediaUploadState? Of(HttpContext context) => context.Items.TryGetValue(Key, out var state) ? state as MediaUploadState : null;
}
