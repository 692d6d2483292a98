namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A press release (« communiqué de presse »).</summary>
public class PressRelease : ContentItem
{
    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public string Emitter { get; set; } = "";

    public string? Lead { get; set; }

    /// <summary>The release's press contacts, in the order it prints them: records edited once for every release (<see cref="PressContact"/>).</summary>
    public List<PressContactReference> PressContacts { get; set; } = [];
}

/// <summary>
/// A press officer or desk (« Contacts presse ») that releases name: one record, picked in each
/// release that gives it, so a new phone number is typed once and every release shows it.
/// </summary>
public class PressContact : EditableEntity
{
    /// <summary>The contact's reference, which releases (and content/ files) cite.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Url { get; set; }

    public string? Note { get; set; }

    public override string Key => Slug;

    /// <summary>The contact as the public pages show any contact (name, role, phones, e-mail…).</summary>
    public Contact ToContact() => new()
    {
        Name = Name,
        Role = Role,
        Phone = Phone,
        Mobile = Mobile,
        Email = Email,
        Url = Url,
        Note = Note,
    };
}

/// <summary>A release's press contact, by the <see cref="PressContact.Slug"/> of its record.</summary>
public class PressContactReference
{
    public string Contact { get; set; } = "";
}
