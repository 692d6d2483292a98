namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.Links;

/// <summary>The link checker's settings (section <c>LinkCheck</c>, decision 0020).</summary>
public sealed class LinkCheckOptions
{
    public const string Section = "LinkCheck";

    /// <summary>Whether the portal checks the links itself once a day; off by default (staff start a check from « Liens à vérifier », operators with <c>check-links</c>).</summary>
    public bool Daily { get; set; }

    /// <summary>How long one request may take, in seconds, before the link counts as not answering: 15 by default.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How many sites are asked at once, 4 by default; one site is asked one request at a time.</summary>
    public int MaxParallelHosts { get; set; } = 4;

    /// <summary>
    /// Whether links to loopback, private or link-local addresses are visited. Off by default: the
    /// checker runs inside the préfecture's network and must not be turned into a way to reach it
    /// (such a link is reported « adresse interne, non vérifiée »). The tests turn it on to check
    /// links to a server of their own on 127.0.0.1.
    /// </summary>
    public bool AllowInternalAddresses { get; set; }
}
