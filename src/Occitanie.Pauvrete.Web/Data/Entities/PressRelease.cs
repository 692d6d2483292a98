namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A press release (« communiqué de presse »).</summary>
public class PressRelease : ContentItem
{
    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public string Emitter { get; set; } = "";

    public string? Lead { get; set; }

    public List<Contact> PressContacts { get; set; } = [];
}
