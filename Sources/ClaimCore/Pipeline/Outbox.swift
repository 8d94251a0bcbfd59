/// Alerts the store holds unsent: the journal was down, or the daemon stopped between
/// writing an alert and marking it sent. Those that already reached the sink are marked
/// sent, not resent; when the sink cannot be read to tell, nothing is resent and the
/// alerts are held until it can — so no alert is doubled.
public enum Outbox {
    public enum Flush: Sendable, Hashable {
        /// Nothing waits.
        case empty
        /// `arrived` alerts had reached the sink before and are marked sent now; the rest went
        /// through `Recorder.deliver`.
        case delivered(arrived: Int, resent: Recorder.Delivery)
        /// `waiting` alerts are held: the sink cannot be checked for them (`reason`).
        case held(waiting: Int, reason: String)
        /// The store could not be read.
        case unreadable(reason: String)
    }

    /// Sends what waits. `presence` is nil when the sink keeps no record to check (stderr):
    /// then everything waiting is sent.
    public static func flush(_ recorder: Recorder, presence: (any AlertPresence)?) -> Flush {
        let waiting: [Alert]
        do { waiting = try recorder.store.unsentAlerts() } catch { return .unreadable(reason: "\(error)") }
        guard !waiting.isEmpty else { return .empty }
        var arrived = Set<String>()
        if let presence {
            do {
                arrived = try presence.arrived(waiting.map(\.alertID), store: recorder.store.identity)
                if !arrived.isEmpty { try recorder.store.markSent(alertIDs: waiting.map(\.alertID).filter(arrived.contains)) }
            } catch {
                return .held(waiting: waiting.count, reason: "\(error)")
            }
        }
        let rest = waiting.filter { !arrived.contains($0.alertID) }
        return .delivered(arrived: arrived.count, resent: recorder.deliver(rest))
    }
}
