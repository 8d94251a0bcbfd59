/// The names waiting to be handled, in arrival order, without duplicates. A name is bytes,
/// as the directory holds it.
public struct FileQueue: Sendable {
    private var order: [[UInt8]] = []
    private var head = 0
    private var waiting: [[UInt8]: Bool] = [:]
    /// Names taken by `pop` and not yet released: a rescan does not queue them again; an
    /// event for one (its writer wrote it again) queues it once more on release.
    private var taken: [[UInt8]: Bool] = [:]

    public init() {}

    /// Queues a name; `settled` records that an event said its writer finished.
    public mutating func push(_ name: [UInt8], settled: Bool) {
        if taken[name] != nil {
            if settled { taken[name] = true }
            return
        }
        if let known = waiting[name] {
            if settled && !known { waiting[name] = true }
            return
        }
        waiting[name] = settled
        order.append(name)
    }

    /// The next name and whether an event said it is finished; nil when none waits.
    public mutating func pop() -> (name: [UInt8], settled: Bool)? {
        guard head < order.count else {
            order.removeAll(keepingCapacity: true)
            head = 0
            return nil
        }
        let name = order[head]
        head += 1
        let settled = waiting.removeValue(forKey: name) ?? false
        taken[name] = false
        return (name, settled)
    }

    /// Ends a name's turn (recorded, set aside, left for a retry or for the next start).
    public mutating func release(_ name: [UInt8]) {
        if taken.removeValue(forKey: name) == true { push(name, settled: true) }
    }
}
