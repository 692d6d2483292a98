using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Data;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Features.Measures;

/// <summary>A département in the reader's choice: « Aude (11) ».</summary>
public sealed record DepartementOption(string Code, string Name)
{
    public string Label => $"{Name} ({Code})";
}

/// <summary>A departmental office's contact as staff entered it (<see cref="LocalContact"/>).</summary>
public sealed record LocalContactCard(string Name, string? Role, string? Phone, string? Email, string? Url, string? Address, string? Note)
{
    /// <summary>As a <see cref="Contact"/>, for the partial that shows every contact the same way.</summary>
    public Contact AsContact() => new() { Name = Name, Role = Role, Phone = Phone, Email = Email, Url = Url, Note = Note };
}

/// <summary>
/// One departmental service of the measure in the chosen département: its office's contact when the
/// data has one, else the search for it in the administration's directory.
/// </summary>
public sealed record ServiceOffice(string Service, LocalContactCard? Contact, string DirectoryUrl, string DirectoryLabel);

/// <summary>
/// The choice of a département for a measure whose contact is « the service of your département »
/// (<see cref="Contact.Service"/>): the 13 départements, the one chosen (from <c>?departement=11</c>,
/// an unknown code being no choice), and what the data has for each service there.
/// </summary>
public sealed record DepartementChoice(
    IReadOnlyList<string> Services,
    IReadOnlyList<DepartementOption> Departements,
    DepartementOption? Chosen,
    IReadOnlyList<ServiceOffice> Offices)
{
    /// <summary>The query string's name for the choice: <c>?departement=11</c>.</summary>
    public const string Parameter = "departement";

    /// <summary>
    /// The choice for the services of <paramref name="contacts"/>; null when none is departmental.
    /// Two queries: the départements, then the chosen one's offices (only when one is chosen).
    /// </summary>
    public static async Task<DepartementChoice?> LoadAsync(
        PortalDbContext db, IReadOnlyList<Contact> contacts, string? departement, CancellationToken cancellationToken)
    {
        var services = contacts
            .Select(c => c.Service?.Trim())
            .OfType<string>()
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (services.Count == 0)
        {
            return null;
        }
        var departements = await db.Departements.AsNoTracking()
            .Published()
            .OrderBy(d => d.Code)
            .Select(d => new DepartementOption(d.Code, d.Name))
            .ToListAsync(cancellationToken);
        var chosen = departements.Find(d => d.Code == departement?.Trim());
        if (chosen is null)
        {
            return new DepartementChoice(services, departements, null, []);
        }
        var offices = await db.LocalContacts.AsNoTracking()
            .Published()
            .Where(c => services.Contains(c.Service) && c.Departement!.Code == chosen.Code)
            .Select(c => new { c.Service, Card = new LocalContactCard(c.Name, c.Role, c.Phone, c.Email, c.Url, c.Address, c.Note) })
            .ToListAsync(cancellationToken);
        return new DepartementChoice(
            services,
            departements,
            chosen,
            [.. services.Select(s => new ServiceOffice(
                s,
                offices.Find(o => o.Service == s)?.Card,
                PublicServiceDirectory.SearchUrl(s, chosen.Name, chosen.Code),
                PublicServiceDirectory.SearchLabel(s, chosen.Name, chosen.Code)))]);
    }
}
