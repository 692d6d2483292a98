namespace Occitanie.Pauvrete.Web.Data.Entities;

/// <summary>A standalone page: governance, legal pages.</summary>
public class Page : ContentItem
{
}
