import ClaimCore

/// Fixed-width cells for the aligned tables the CLI prints (`alerts`, `claims`, `show`).
extension String {
    /// Padded with spaces to `width` characters (on the left when `left`); longer text is kept whole.
    public func padded(to width: Int, left: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, width - count))
        return left ? pad + self : self + pad
    }

    /// At most `width` characters, the last one "…" when it was cut.
    public func shortened(to width: Int) -> String {
        guard count > width else { return self }
        guard width > 1 else { return String(prefix(max(width, 0))) }
        return String(prefix(width - 1)) + "…"
    }

    /// Exactly `width` characters: shortened, then padded.
    public func fitted(to width: Int) -> String { shortened(to: width).padded(to: width) }
}
