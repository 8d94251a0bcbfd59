import CSystemd

/// Service-manager notifications (`sd_notify`): READY, STATUS, WATCHDOG,
/// RELOADING, STOPPING. Harmless no-ops when not run by systemd.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Sends a raw notification such as `"READY=1"`.
    public func notify(_ state: String) { _ = sd_notify(0, state) }

    public func ready(status: String) { notify("READY=1\nSTATUS=\(status)") }
    public func status(_ text: String) { notify("STATUS=\(text)") }
    public func watchdog() { notify("WATCHDOG=1") }
    public func reloading() { notify("RELOADING=1") }
    public func stopping() { notify("STOPPING=1") }

    /// The watchdog interval systemd expects pings within, in microseconds, or nil when disabled.
    public var watchdogInterval: UInt64? {
        var usec: UInt64 = 0
        return sd_watchdog_enabled(0, &usec) > 0 ? usec : nil
    }
}
