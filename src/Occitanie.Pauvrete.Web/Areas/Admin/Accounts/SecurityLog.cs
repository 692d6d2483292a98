namespace Occitanie.Pauvrete.Web.Areas.Admin.Accounts;

/// <summary>
/// The security events an operator watches, each with a stable event id (1000s) so that an alert
/// can filter on it: sign-ins, throttling, sign-outs, password links, account changes, refusals.
/// Never a password, a token or a hash; an address typed at sign-in that matches no account is
/// not written either (it may be a password typed in the wrong field).
/// </summary>
public sealed partial class SecurityLog(ILogger<SecurityLog> logger)
{
    [LoggerMessage(EventId = 1001, EventName = "SignInSucceeded", Level = LogLevel.Information, Message = "Sign-in of {Account} from {Client}")]
    public partial void SignInSucceeded(string account, string client);

    /// <param name="reason">wrong-password, unknown-account or disabled-account.</param>
    [LoggerMessage(EventId = 1002, EventName = "SignInFailed", Level = LogLevel.Warning, Message = "Sign-in refused for {Account} from {Client}: {Reason}")]
    public partial void SignInFailed(string account, string client, string reason);

    [LoggerMessage(EventId = 1003, EventName = "SignInThrottled", Level = LogLevel.Warning, Message = "Sign-in tries on {Account} from {Client} throttled for {WaitSeconds} s after repeated failures")]
    public partial void SignInThrottled(string account, string client, int waitSeconds);

    [LoggerMessage(EventId = 1004, EventName = "SignedOut", Level = LogLevel.Information, Message = "Sign-out of {Account}: its session ends everywhere")]
    public partial void SignedOut(string account);

    [LoggerMessage(EventId = 1010, EventName = "PasswordLinkIssued", Level = LogLevel.Information, Message = "Password link issued for {Account} by {Author}")]
    public partial void PasswordLinkIssued(string account, string author);

    [LoggerMessage(EventId = 1011, EventName = "PasswordLinkUsed", Level = LogLevel.Information, Message = "Password chosen through a link by {Account}")]
    public partial void PasswordLinkUsed(string account);

    [LoggerMessage(EventId = 1020, EventName = "AccountChanged", Level = LogLevel.Information, Message = "Account {Account} {Action} by {Author}: role {Role}, disabled {Disabled}")]
    public partial void AccountChanged(string account, string action, string author, string role, bool disabled);

    [LoggerMessage(EventId = 1030, EventName = "AdminForbidden", Level = LogLevel.Warning, Message = "403 in the admin: {Account} asked {Method} {Path}")]
    public partial void AdminForbidden(string account, string method, string path);

    [LoggerMessage(EventId = 1031, EventName = "TooManyRequests", Level = LogLevel.Warning, Message = "429: {Client} sent too many requests to {Method} {Path}")]
    public partial void TooManyRequests(string client, string method, string path);

    /// <summary>The client as the log names it: its address (the proxy's forwarded one behind nginx).</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
