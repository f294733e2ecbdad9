using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Newsdesk.Web;

/// <summary>Where a started app really listens, e.g. after binding to port 0 (a free port).</summary>
public static class BoundAddress
{
    public static Uri BoundUrl(this WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("the app has not been started, so it has no address yet");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
