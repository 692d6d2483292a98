namespace Occitanie.Pauvrete.Web.Features.Shared;

/// <summary>What the layout needs from every page: its title and description.</summary>
public abstract record PageViewModel(string Title, string Description);
