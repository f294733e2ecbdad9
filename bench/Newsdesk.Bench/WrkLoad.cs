using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Newsdesk.Bench;

/// <summary>
/// Drives the reader with wrk (Debian's package, a C load generator), one page kind at a time, so the clients cost
/// far less CPU than the server on a machine where both share the cores. Each kind gets C connections for S
/// seconds over random paths; a Lua hook reports p50/p95/p99 from wrk's own latency histogram.
/// </summary>
internal static class WrkLoad
{
    public const string Executable = "/usr/bin/wrk";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<(double RequestsPerSecond, double P50, double P95, double P99, long Requests, long Errors)> RunAsync(
        Uri baseUrl, IReadOnlyList<string> paths, int connections, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), $"newsdesk-wrk-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            lua.Append('"').Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }

        lua.Append("""
            }
            request = function() return wrk.format("GET", paths[math.random(#paths)]) end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %.3f %.3f %.3f %d %d\n", summary.requests, latency:percentile(50) / 1000,
                latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout, summary.duration))
            end
            """);
        await File.WriteAllTextAsync(script, lua.ToString());
        try
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "-s", script, baseUrl.ToString() })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var result = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
            var requests = long.Parse(result[1], CultureInfo.InvariantCulture);
            var durationSeconds = long.Parse(result[6], CultureInfo.InvariantCulture) / 1e6;
            return (requests / durationSeconds, Double(result[2]), Double(result[3]), Double(result[4]), requests, long.Parse(result[5], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static double Double(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
