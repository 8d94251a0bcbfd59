/// The alerts two replays of the same articles differ by (`claimwatch replay --against`):
/// an alert is the same one in both when it comes from the same article with the same
/// event, kind and claimant (and, for a denial, the same denied claimant); it changed when
/// its region, date, places, subject, target or evidence differ.
public enum AlertDiff {
    public enum Change: Sendable, Hashable {
        case added(Alert)
        case gone(Alert)
        case changed(from: Alert, to: Alert)
    }

    struct Key: Hashable {
        var file: String
        var event: AlertEvent
        var kind: ClaimKind
        var claimant: String
        var denied: String?
        init(_ alert: Alert) {
            (file, event, kind, claimant, denied) = (alert.articleFile, alert.event, alert.kind, alert.claimant, alert.denies?.claimant)
        }
    }

    /// The changes from `before` to `after`, in `after`'s order, each gone alert where it stood in `before`.
    public static func changes(from before: [Alert], to after: [Alert]) -> [Change] {
        var unmatched = [Key: [Alert]]()
        for alert in before { unmatched[Key(alert), default: []].append(alert) }
        var changes = [Change]()
        for alert in after {
            let key = Key(alert)
            if var olds = unmatched[key], !olds.isEmpty {
                let old = olds.removeFirst()
                unmatched[key] = olds
                if !sameContent(old, alert) { changes.append(.changed(from: old, to: alert)) }
            } else {
                changes.append(.added(alert))
            }
        }
        for alert in before {
            let key = Key(alert)
            if var olds = unmatched[key], let index = olds.firstIndex(of: alert) {
                olds.remove(at: index)
                unmatched[key] = olds
                changes.append(.gone(alert))
            }
        }
        return changes
    }

    static func sameContent(_ a: Alert, _ b: Alert) -> Bool {
        a.region == b.region && a.date == b.date && a.places == b.places && a.subject == b.subject && a.denies == b.denies
            && a.evidence == b.evidence
    }
}
