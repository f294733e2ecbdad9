namespace Newsdesk.Infrastructure.Http;

/// <summary>Reads a local file under the same size limit as a download, so a huge file (or a device such as
/// /dev/zero) cannot make Newsdesk hold it all in memory.</summary>
public static class LocalFile
{
    public static async Task<byte[]> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"no such file: {path}");
        }

        if (info.Length > maxBytes)
        {
            throw new FetchException($"{path} is larger than the {maxBytes} byte limit (Fetch:MaxBytes)");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Devices and files still growing report a length that means nothing: count what is read.
            if (buffer.Length + read > maxBytes)
            {
                throw new FetchException($"{path} is larger than the {maxBytes} byte limit (Fetch:MaxBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
