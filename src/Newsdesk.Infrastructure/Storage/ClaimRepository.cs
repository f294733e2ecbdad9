using System.Data.Common;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// What workers hold, over both claimed tables (due feeds in <c>sources</c>, queued pages in <c>pending_items</c>):
/// taking claims is each table's own (<see cref="SourceRepository.ClaimDue"/>, <see cref="PendingItemRepository.Claim"/>);
/// renewing, letting go and listing who holds anything are the same for both.
/// </summary>
public sealed class ClaimRepository(DbConnection connection)
{
    private static readonly string[] Tables = ["sources", "pending_items"];

    /// <summary>Lets go of what a worker holds (what it did not get to before its time ran out, or a dead worker's);
    /// returns how many feeds and pages it held.</summary>
    public int Release(string worker) =>
        Tables.Sum(table => connection.Execute($"UPDATE {table} SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = @w", null, ("@w", worker)));

    /// <summary>Keeps a running worker's claims from running out.</summary>
    public void Renew(WorkerClaim claim)
    {
        foreach (var table in Tables)
        {
            connection.Execute($"UPDATE {table} SET claimed_until = @until WHERE claimed_by = @w", null, ("@w", claim.Worker), ("@until", claim.Until.Iso()));
        }
    }

    /// <summary>The workers holding feeds or pages now.</summary>
    public List<string> Claimants() => connection.Query(
        "SELECT claimed_by FROM sources WHERE claimed_by IS NOT NULL UNION SELECT claimed_by FROM pending_items WHERE claimed_by IS NOT NULL", r => r.GetString(0));
}
