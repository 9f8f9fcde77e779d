using System.Net;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Auth;

/// <summary>
/// Where the bot may post when no channel token vouches for the serviceUrl (anonymous mode, Emulator
/// tokens): loopback addresses, plus the prefixes in <see cref="BotFrameworkOptions.AllowedServiceUrls"/>.
/// Without this, anyone reaching <c>/api/messages</c> could make the bot POST to any URL.
/// </summary>
internal sealed class ServiceUrlPolicy(IOptions<BotFrameworkOptions> options)
{
    public bool IsAllowedWithoutToken(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (IsLoopback(uri))
        {
            return true;
        }

        var normalized = uri.GetLeftPart(UriPartial.Path);
        return options.Value.AllowedServiceUrls.Any(prefix =>
            Uri.TryCreate(prefix, UriKind.Absolute, out var allowed)
            && normalized.StartsWith(allowed.GetLeftPart(UriPartial.Path), StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IsLoopback(address));

    /// <summary>Loopback, including IPv4 loopback written as an IPv4-mapped IPv6 address.</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
