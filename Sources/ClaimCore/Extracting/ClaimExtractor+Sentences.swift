/// An article read into sentences with their mentions: actors, places, cues, and the
/// region a sentence's places point to.
extension ClaimExtractor {
    func analyze(_ article: NormalizedArticle) -> [SentenceAnalysis] {
        var out = [SentenceAnalysis]()
        let blocks = (article.title.map { [$0] } ?? []) + article.paragraphs
        let offset = article.title == nil ? 0 : 1
        var table = ArticleWords(vocabulary: vocabulary, memo: wordMemo)
        /// The last day the text named: "Three days later" in the next sentence counts from it.
        var lastNamedDay: Day?
        /// The last day named, a period's bound too: what "that day" refers to.
        var lastReferent: Day?
        for (index, paragraph) in blocks.enumerated() {
            for sentence in SentenceTokenizer.sentences(of: paragraph, abbreviations: language.abbreviations, table: &table) {
                let (text, words, ids) = (sentence.text, sentence.words, sentence.ids)
                let folded = words.map(\.text)
                var actors = [Mention]()
                // "anti-Kremlin", "pro-Kremlin" describe, they do not name a speaker.
                // "Ukraine's Defence Ministry": a qualifier before the possessive 's' qualifies too.
                func qualified(_ start: Int) -> Bool {
                    // "In Ukraine, Zelensky said": a comma or clause break between them ends the phrase.
                    if start < words.count && (words[start].followsComma || words[start].followsClauseBreak) { return false }
                    let before = folded[safe: start - 1] ?? ""
                    if language.nameQualifiers.contains(before) { return true }
                    // "who served as (the) Russian president": an office held, not a speaker.
                    let officeEnd = language.determiners.contains(before) ? start - 1 : start
                    if folded.phrase(among: language.officePhrases, endingAt: officeEnd) != nil { return true }
                    return language.possessiveSuffixes.contains(before) && language.nameQualifiers.contains(folded[safe: start - 2] ?? "")
                }
                for match in actorMatcher.matches(in: folded, ids: ids, table: &table) where !qualified(match.range.lowerBound) {
                    // "Belgorod Governor Vyacheslav Gladkov" is one mention of one actor.
                    if let last = actors.last, last.name == match.value, last.range.upperBound == match.range.lowerBound,
                        !words[match.range.lowerBound].followsComma
                    {
                        actors[actors.count - 1].range = last.range.lowerBound..<match.range.upperBound
                        actors[actors.count - 1].phrase += " " + match.phrase
                        continue
                    }
                    // 'The "Freedom of Russia" Legion': quotation marks inside a name do not put it in a
                    // quotation, nor do marks that wrap exactly the name («Сибирский батальон» заявил).
                    let end = match.range.upperBound
                    let wrapped =
                        words[match.range.lowerBound].separator.contains("\"")
                        && (end >= words.count ? Self.endsWithClosingQuote(text) : words[end].separator.hasPrefix("\""))
                    let isQuoted = words[match.range].allSatisfy(\.isQuoted) && !wrapped
                    actors.append(Mention(range: match.range, name: match.value, phrase: match.phrase, isQuoted: isQuoted))
                }
                // "так называемый «Русский добровольческий корпус»", "the so-called Legion": the
                // hedge belongs to the name, so what stands before it stands before the name.
                for i in actors.indices {
                    let start = actors[i].range.lowerBound
                    if let hedge = folded.phrase(among: language.nameHedges, endingAt: start) {
                        actors[i].range = (start - hedge.count)..<actors[i].range.upperBound
                    }
                }
                let datelinePlaces = SentenceAnalysis.datelinePlaces(in: words, language: language)
                actors = actors.map { SentenceAnalysis.annotate($0, in: words, datelinePlaces: datelinePlaces, language: language) }
                // A place inside an actor's name ("Belgorod Governor") is not a place of the act.
                let places = placeMatcher.matches(in: folded, ids: ids, table: &table)
                    .filter { place in !actors.contains { $0.range.overlaps(place.range) } }
                    .map { Mention(range: $0.range, name: $0.value, phrase: $0.phrase, isQuoted: words[$0.range.lowerBound].isQuoted) }
                let cues = cueMatcher.allMatches(numbers: ids.map { table.vocabularyNumbers[Int($0)] })
                let dates = DateResolver.mentions(
                    in: folded, published: article.published, anchor: lastNamedDay, referent: lastReferent, dateWords: language.dates,
                    isBreak: { words[$0].followsComma || words[$0].followsClauseBreak })
                // "живущий в Киеве, написал": a placed name speaks only beside a speech verb
                // ("в Минобороны заявили", "сообщили во вторник в Минобороны"); a day's words
                // between them do not part them ("У Кремлі натомість у понеділок заявили").
                for i in actors.indices where actors[i].range.lowerBound > 0 && language.locativePrepositions.contains(folded[actors[i].range.lowerBound - 1]) {
                    let range = actors[i].range
                    let besideSpeech = cues.contains { cue in
                        guard cue.value.contains(.speech) else { return false }
                        let between =
                            cue.range.lowerBound >= range.upperBound ? range.upperBound..<(cue.range.lowerBound + 1) : cue.range.upperBound..<range.lowerBound
                        let gap = cue.range.lowerBound >= range.upperBound ? range.upperBound..<cue.range.lowerBound : cue.range.upperBound..<range.lowerBound
                        // A day's words and a short preposition before them ("у понеділок", "on Monday") do not
                        // count, nor does a discourse adverbial ("у відповідь", "в свою очередь").
                        var aside = Set<Int>()
                        for start in gap {
                            if let phrase = folded.phrase(among: language.discourseAdverbials, at: start), start + phrase.count <= gap.upperBound {
                                aside.formUnion(start..<(start + phrase.count))
                            }
                        }
                        let undated = gap.count { index in
                            !aside.contains(index)
                                && !dates.contains { $0.range.contains(index) || ($0.range.lowerBound == index + 1 && folded[index].unicodeScalars.count <= 2) }
                        }
                        // "В Минобороны эти кадры назвали …": a fronted object after a demonstrative too.
                        let fronted = undated == 2 && language.referenceDeterminers.contains(folded[gap.lowerBound])
                        // With an adverbial between them, nothing else may be ("В Кремле в свою очередь
                        // журналисты заявили": the journalists speak).
                        let near = cue.range.lowerBound >= range.upperBound ? (aside.isEmpty ? undated <= 1 || fronted : undated == 0) : undated <= 4
                        return near && between.upperBound <= words.count && !words[between].contains { $0.followsComma || $0.followsClauseBreak }
                    }
                    // "Смирнов на совещании у Путина признал": with its clause's subject named before
                    // it, a placed name beside the verb is where the subject spoke, not who.
                    // Only where the preposition follows a noun of the clause ("совещании у"), not a name
                    // ("о прорыве РДК в Минобороны сообщили": the ministry speaks).
                    let prepositionAt = range.lowerBound - 1
                    let afterNoun = prepositionAt > 0 && !actors.contains { $0.range.contains(prepositionAt - 1) }
                    let subjectBefore =
                        afterNoun
                        && actors[..<i].contains { other in
                            other.canSpeak && other.range.upperBound < range.lowerBound
                                && !words[other.range.upperBound..<range.lowerBound].contains { $0.followsComma || $0.followsClauseBreak }
                        }
                    if !besideSpeech || subjectBefore { actors[i].isGoverned = true }
                }
                out.append(
                    SentenceAnalysis(
                        text: text, paragraph: index - offset, isHeadline: index < offset, words: words, folded: folded,
                        actors: actors, places: places, cues: cues,
                        dates: dates))
                lastNamedDay = out.last?.dates.compactMap(\.day).last ?? lastNamedDay
                lastReferent = out.last?.dates.compactMap(\.named).last ?? lastReferent
            }
        }
        return out
    }

    /// Whether a closing quotation mark ends the sentence, a final stop or colon aside ('… «Русский
    /// добровольческий корпус».').
    static func endsWithClosingQuote(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !".!?…:;,".unicodeScalars.contains($0) && !$0.isSpaceLike }) else { return false }
        return last == "\"" || last == "»" || last == "\u{201D}"
    }

    /// The actor a channel's name is, when the name is wholly that actor's aliases
    /// ("Вячеслав Гладков", "Русский добровольческий корпус | РДК"); nil for an outlet that is
    /// not an actor ("Kyiv Post": a word is left over).
    func channelActor(of article: NormalizedArticle) -> String? {
        for name in [article.outlet, article.header].compactMap({ $0 }) {
            let words = TextFolding.words(name)
            guard !words.isEmpty, words.count <= 12 else { continue }
            var table = ArticleWords(vocabulary: vocabulary, memo: wordMemo)
            let found = actorMatcher.matches(in: words, ids: table.ids(of: words), table: &table)
            let covered = found.reduce(0) { $0 + $1.range.count }
            if covered == words.count, let first = found.first, found.allSatisfy({ $0.value == first.value }) { return first.value }
        }
        return nil
    }

    /// The day a line names when it is only a day, a weekday and punctuation aside ("THURSDAY,
    /// 1 JUNE", "Пятница, 2 июня", "22 травня"), or a day and the place the section is about
    /// ("22 мая, Грайворон"), or a day first and a short label after a dash or colon ("1 JUNE -
    /// BELGOROD REGION AGAIN"): a section heading dating what follows it. A sentence that ends
    /// like one, or has any other word, is not a heading.
    func headingDay(_ sentence: SentenceAnalysis) -> Day? {
        // The weekday may be a mention of its own ("thursday", then "1 june"): the last day named is the heading's.
        guard sentence.words.count <= 8, !sentence.text.endsSentence, let day = sentence.dates.last(where: { $0.day != nil })?.day else { return nil }
        let others = sentence.words.indices.filter { index in !sentence.dates.contains { $0.range.contains(index) } }
        let isWeekday = { (index: Int) in self.language.dates.weekdays[sentence.folded[index]] != nil }
        if sentence.words.count <= 6, others.allSatisfy({ index in isWeekday(index) || sentence.places.contains { $0.range.contains(index) } }) {
            return day
        }
        // The label form: the day opens the line (after a weekday at most), a dash or colon sets
        // the label off, and the label is set in capitals as headings are ("9 May - Victory Day
        // parade cancelled" is a caption or a related story, not a section).
        let isMark = { (character: Character) in "-–—:|".contains(character) }
        guard let first = sentence.dates.first(where: { $0.day == day }), (0..<first.range.lowerBound).allSatisfy(isWeekday),
            first.range.upperBound < sentence.words.count, sentence.words[first.range.upperBound].separator.contains(where: isMark),
            let mark = sentence.text.firstIndex(where: isMark), !sentence.text[mark...].contains(where: \.isLowercase)
        else { return nil }
        return day
    }

    /// The region of a set of place mentions: one region (directly or through its
    /// settlements), `.several` when they name more than one, `.none` when none.
    func region(of places: [Mention]) -> SentenceRegion {
        var found = [String]()
        for mention in places {
            let region = regions.contains(mention.name) ? mention.name : regionOfPlace[mention.name]
            if let region, !found.contains(region) { found.append(region) }
        }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several
        }
    }
}
