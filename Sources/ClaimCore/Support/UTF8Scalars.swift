/// Reading scalars straight from a String's bytes (valid UTF-8 by construction), for
/// loops that handle ASCII bytes themselves and decode only the rest.
enum UTF8Scalars {
    /// The scalar starting at `i` and its width in bytes. `bytes` must be valid UTF-8 and
    /// `i` the start of a scalar.
    @inline(__always) static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        @inline(__always) func next(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | next(1)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | next(1) << 6 | next(2)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
