namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A thematic working group (« groupe de travail ») of the commissioner.</summary>
public class WorkingGroup : ContentItem
{
    public int Order { get; set; }
}
