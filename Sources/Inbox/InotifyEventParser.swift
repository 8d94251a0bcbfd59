/// One inotify record: mask and the file name (raw bytes, names need not be UTF-8).
public struct InotifyEvent: Sendable, Hashable {
    public var watchDescriptor: Int32
    public var mask: UInt32
    public var name: [UInt8]

    public init(watchDescriptor: Int32, mask: UInt32, name: [UInt8]) {
        self.watchDescriptor = watchDescriptor
        self.mask = mask
        self.name = name
    }

    /// The kernel dropped events (`IN_Q_OVERFLOW`): rescan the directory.
    public var isOverflow: Bool { mask & 0x4000 != 0 }
    /// The watch went away (`IN_IGNORED`): the directory was removed or unmounted.
    public var isWatchRemoved: Bool { mask & 0x8000 != 0 }
}

/// Parses the bytes `read(2)` returns from an inotify descriptor:
/// `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }`,
/// native-endian, the name NUL-padded to `len`. Pure, so it is tested with byte fixtures.
public enum InotifyEventParser {
    public static let headerSize = 16

    /// Parses every complete record; a truncated tail is ignored.
    public static func parse(_ bytes: [UInt8]) -> [InotifyEvent] {
        var out = [InotifyEvent]()
        var offset = 0
        while offset + headerSize <= bytes.count {
            func u32(_ at: Int) -> UInt32 {
                UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            }
            let wd = Int32(bitPattern: u32(offset))
            let mask = u32(offset + 4)
            let length = Int(u32(offset + 12))
            let nameStart = offset + headerSize
            guard nameStart + length <= bytes.count else { break }
            let name = Array(bytes[nameStart..<(nameStart + length)].prefix { $0 != 0 })
            out.append(InotifyEvent(watchDescriptor: wd, mask: mask, name: name))
            offset = nameStart + length
        }
        return out
    }
}
