/// The user's lexicon: actors, places, actor roles and trigger phrases,
/// loaded from TSV text (claims.md, "Lexicons"). Defaults ship with the
/// binary; overlays add aliases to existing canonical names or add entries.
public struct Lexicon: Sendable, Hashable {
    public private(set) var actors: [Actor] = []
    public private(set) var places: [Place] = []
    public private(set) var triggers: [Trigger] = []
    /// The function words and word lists the extractor's rules ask about (`Config/lang/en/`):
    /// the English profile, whose trigger phrases are `triggers`.
    public private(set) var language: LanguageProfile = .english
    /// The other languages read (`Config/lang/ru/`, `Config/lang/uk/`), each with its own
    /// trigger phrases; actors and places are shared (their aliases hold every script).
    public private(set) var otherLanguages: [LanguageProfile] = []
    /// Every language read, English first.
    public var languages: [LanguageProfile] { [language] + otherLanguages }
    /// How the fuzzy name matcher reduces spellings (`Config/skeleton.tsv`).
    public private(set) var skeletonRules: SkeletonRules = .builtIn

    public init() {}

    /// The built-in defaults (the files of `Config/` compiled in).
    public static func makeDefault() throws(LexiconError) -> Lexicon {
        var lexicon = Lexicon()
        for file in LexiconFile.allCases {
            try lexicon.merge(file, text: DefaultLexicon.text(of: file), source: "built-in \(file.rawValue)")
        }
        lexicon.otherLanguages = Array(LanguageProfile.builtInProfiles.dropFirst())
        try lexicon.requireRoles()
        return lexicon
    }

    /// Checks that every actor has a role from a `roles.tsv`, and that every jurisdiction is a
    /// region of places.tsv (spelled then as its canonical name); called once all files are merged
    /// (a role may come from a later overlay than its actor). A role is never guessed: what an
    /// actor is decides every claim it makes.
    /// - Throws: `LexiconError` naming the file and line that defined the first actor without one,
    ///   or the roles.tsv line of an unknown jurisdiction.
    public mutating func requireRoles() throws(LexiconError) {
        // A jurisdiction names a region of places.tsv (canonical name, any case).
        let regionNames = Dictionary(places.filter(\.isRegion).map { (TextFolding.fold($0.name), $0.name) }, uniquingKeysWith: { a, _ in a })
        for index in actors.indices {
            guard let region = actors[index].jurisdiction else { continue }
            guard let canonical = regionNames[TextFolding.fold(region)] else {
                let place = pendingRoles[TextFolding.fold(actors[index].name)]?.definition
                throw LexiconError(
                    source: place?.source ?? "roles.tsv", line: place?.line ?? 0,
                    problem: "actor '\(actors[index].name)': region '\(region)' is not a region of places.tsv")
            }
            actors[index].jurisdiction = canonical
        }
        guard let missing = actors.first(where: { definedWithoutRole[TextFolding.fold($0.name)] != nil }),
            let place = definedWithoutRole[TextFolding.fold(missing.name)]
        else { return }
        let roles = ActorRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw LexiconError(
            source: place.source, line: place.line,
            problem: "actor '\(missing.name)' has no role: add the line '\(missing.name)<TAB>ROLE' to a roles.tsv, ROLE one of \(roles)")
    }

    /// Reads articles of `language`'s code with its words from now on (English replaces
    /// `language`; another code replaces that language's profile, or adds the language).
    public mutating func use(_ language: LanguageProfile) {
        if language.code == self.language.code {
            self.language = language
        } else if let index = otherLanguages.firstIndex(where: { $0.code == language.code }) {
            otherLanguages[index] = language
        } else {
            otherLanguages.append(language)
        }
    }

    /// The profile of the language `code`, if one is read.
    public func profile(for code: String) -> LanguageProfile? { languages.first { $0.code == code } }

    /// Matches names with these spelling skeleton rules from now on.
    public mutating func use(_ rules: SkeletonRules) { skeletonRules = rules }

    /// Canonical actor by name (folded comparison).
    public func actor(named name: String) -> Actor? {
        let key = TextFolding.fold(name)
        return actors.first { TextFolding.fold($0.name) == key }
    }

    /// Canonical place by name (folded comparison).
    public func place(named name: String) -> Place? {
        let key = TextFolding.fold(name)
        return places.first { TextFolding.fold($0.name) == key }
    }

    /// Merges one file's text on top of what is loaded.
    /// - Throws: `LexiconError` naming `source`, the line and the problem.
    public mutating func merge(_ file: LexiconFile, text: String, source: String) throws(LexiconError) {
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0).trimmingCharacters(in: "") }.filter { !$0.isEmpty }
            guard let head = columns.first else { continue }
            switch file {
            case .actors: mergeActor(head, aliases: Array(columns.dropFirst()), source: source, line: number)
            case .places: try mergePlace(head, rest: Array(columns.dropFirst()), source: source, line: number)
            case .roles: try mergeRole(columns, source: source, line: number)
            case .triggers: try mergeTrigger(columns, source: source, line: number)
            }
        }
    }

    private mutating func mergeActor(_ name: String, aliases: [String], source: String, line: Int) {
        if let index = actors.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(name) }) {
            actors[index].aliases += aliases
        } else if let pending = pendingRoles[TextFolding.fold(name)] {
            actors.append(Actor(name: name, aliases: aliases, role: pending.role, isRaider: pending.isRaider, jurisdiction: pending.jurisdiction))
        } else {
            // A placeholder until a roles.tsv names it; `requireRoles()` refuses the lexicon otherwise.
            actors.append(Actor(name: name, aliases: aliases, role: .group))
            definedWithoutRole[TextFolding.fold(name)] = Definition(source: source, line: line)
        }
    }

    /// Where a lexicon line stands.
    private struct Definition: Sendable, Hashable {
        var source: String
        var line: Int
    }

    /// Actors defined with no role yet, by folded name: where they were defined.
    private var definedWithoutRole: [String: Definition] = [:]

    private mutating func mergePlace(_ name: String, rest: [String], source: String, line: Int) throws(LexiconError) {
        var aliases = rest
        var region: String?
        if let first = rest.first, first.hasPrefix("@") {
            region = String(first.dropFirst())
            aliases.removeFirst()
            guard let canonical = place(named: region!), canonical.isRegion else {
                throw LexiconError(
                    source: source, line: line, problem: "settlement '\(name)' names region '\(region!)', which is not a region defined above it")
            }
            region = canonical.name
        }
        if let index = places.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(name) }) {
            places[index].aliases += aliases
            if let region { places[index].region = region }
        } else {
            places.append(Place(name: name, aliases: aliases, region: region))
        }
    }

    // Roles may be read before the actors they name (file order is not guaranteed in overlays).
    private var pendingRoles: [String: PendingRole] = [:]

    /// A role read before its actor.
    private struct PendingRole: Sendable, Hashable {
        var role: ActorRole
        var isRaider: Bool
        var jurisdiction: String?
        /// Where the line stands, for an error about it; not part of what the lexicon means.
        var definition: Definition

        static func == (a: Self, b: Self) -> Bool { (a.role, a.isRaider, a.jurisdiction) == (b.role, b.isRaider, b.jurisdiction) }
        func hash(into hasher: inout Hasher) {
            hasher.combine(role)
            hasher.combine(isRaider)
            hasher.combine(jurisdiction)
        }
    }

    private mutating func mergeRole(_ columns: [String], source: String, line: Int) throws(LexiconError) {
        let usage =
            "expected 'canonical actor<TAB>role[<TAB>raider][<TAB>region=REGION]' with role one of \(ActorRole.allCases.map(\.rawValue).joined(separator: ", "))"
        guard columns.count >= 2, let role = ActorRole(rawValue: columns[1]) else { throw LexiconError(source: source, line: line, problem: usage) }
        var isRaider = false
        var jurisdiction: String?
        for column in columns.dropFirst(2) {
            if column == "raider" && !isRaider {
                isRaider = true
            } else if column.hasPrefix("region="), jurisdiction == nil, case let region = String(column.dropFirst(7)).trimmingCharacters(in: " "),
                !region.isEmpty
            {
                jurisdiction = region
            } else {
                throw LexiconError(source: source, line: line, problem: "'\(column)': \(usage)")
            }
        }
        let key = TextFolding.fold(columns[0])
        pendingRoles[key] = PendingRole(role: role, isRaider: isRaider, jurisdiction: jurisdiction, definition: Definition(source: source, line: line))
        definedWithoutRole[key] = nil
        if let index = actors.firstIndex(where: { TextFolding.fold($0.name) == key }) {
            actors[index].role = role
            actors[index].isRaider = isRaider
            actors[index].jurisdiction = jurisdiction
        }
    }

    private mutating func mergeTrigger(_ columns: [String], source: String, line: Int) throws(LexiconError) {
        for trigger in try Trigger.row(columns, source: source, line: line) where !triggers.contains(trigger) { triggers.append(trigger) }
    }
}
