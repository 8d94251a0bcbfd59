extension Sequence where Element: Equatable {
    /// Whether these elements hold at most `limit` runs of elements other than `separator`
    /// ("words" apart from spaces), reading no further than the run past the limit.
    func hasAtMost(_ limit: Int, runsApartFrom separator: Element) -> Bool {
        var runs = 0
        var inRun = false
        for element in self {
            if element == separator {
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
                if runs > limit { return false }
            }
        }
        return true
    }
}
