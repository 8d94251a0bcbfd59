import ClaimCore

/// The fixed `MESSAGE_ID`s of claimwatch's journal entries (made once with
/// `systemd-id128 new`; documented in systemd/claimwatch.catalog).
public enum MessageID {
    public static let newRaid = "131e879235a146c9ab54c137eb6ed0e1"
    public static let newDenial = "6532d64600264dddb9cfa70ccc6bf1c3"
    public static let newCounterclaim = "63f538fefc1f431596920cab8135a538"
    public static let claimUpdated = "58bb63a2c26642f3a51372ed4c97e562"
    public static let fileRejected = "ff97e9653dec4493859c01fedc2690b4"
    public static let inboxRescan = "3011a401954349ad94e2cd3bdd6eacb7"
    public static let storeError = "daaa142fb9de4ba0924072bc58643f1b"
    public static let ready = "5c1f9c99544e429b86373855fae08791"
    public static let outboxResent = "10cdc3fd4814436b808d56ac1d22268b"

    /// Every id above, each with an entry in systemd/claimwatch.catalog.
    public static let all = [newRaid, newDenial, newCounterclaim, claimUpdated, fileRejected, inboxRescan, storeError, outboxResent, ready]
    /// The ids of alerts (the four claim events).
    public static let alerts = [newRaid, newDenial, newCounterclaim, claimUpdated]

    /// The id for an alert's event type.
    public static func of(_ alert: Alert) -> String {
        switch (alert.event, alert.kind) {
        case (.updated, _): return claimUpdated
        case (.new, .raid): return newRaid
        case (.new, .denial): return newDenial
        case (.new, .counterclaim): return newCounterclaim
        }
    }
}
