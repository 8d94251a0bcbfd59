/// What a frame's words assert: the signals the kind table (`Config/lang/<code>/kinds.tsv`,
/// `KindTable`) turns into a claim for a speaker of a given role (claims.md, "Claim kinds"
/// and the annotation conventions): a group's act is a raid; an official's "repelled" is a
/// counterclaim, "no breakthrough" a denial, "the saboteurs entered" a raid; Kyiv's
/// "denied" is a denial and its "the raid was carried out by" a raid.
struct FrameSignals {
    /// A denial phrase, or an act under negation ("had not been breached").
    var denial: String?
    /// The official side stopping the raiders ("repelled", "driven back").
    var repulsion: String?
    /// Killing or destroying that hits the raiders ("killed 70 combatants").
    var lossesOfRaiders: String?
    /// Killing that hits others ("two civilians had been killed").
    var lossesOfOthers: String?
    /// Killing or destroying without a named victim ("destroyed two warehouses").
    var lossesUnspecified: String?
    /// An act of raiding that was not merely attempted or planned.
    var act: String?
    /// "working to destroy the saboteurs": the operation against the raiders is under way.
    var intent: String?
    /// The intent is a purpose ("an operation to eliminate them"), not a repulsion going on
    /// ("were repelling an attack", which the official side tells as done in effect).
    var purpose: Bool
    var raiderNamed: Bool
    /// The event called a staged act ("a classic provocation").
    var accusation: String?
    /// The Russian side's forces do the act ("its forces struck Ukrainian troops", "border
    /// guards were repelling…"): a defenders' phrase stands a few words before the act, with no
    /// raider between them.
    var defendersAct: Bool
    var groupNamed: Bool
    var ownForcesOnRussianSoil: Bool
    var actReference: Bool
    var remote: Bool
    var attemptOnly: Bool
    var elsewhereOnly: Bool
    var placeNamed: Bool
    var territoryNamed: Bool
    var groupReferenced: Bool
    /// An act stated before the denial in the same frame ("the raid was carried out by
    /// Russian citizens and Ukraine had not taken part").
    var actBeforeDenial: Bool

    /// The act is only referred to, and what is said of it is what it was for ("the attacks were
    /// meant to disrupt the election") or what it will bring ("will not go unpunished"): an
    /// explanation or a threat, not a claim that it happened.
    var actExplained = false

    /// The denial phrase starts with a negative prefix ("no breakthrough", "nowhere near"): it denies the act itself.
    var denialIsNegative: Bool

    /// A loss under negation ("no Legion unit has been destroyed"): the losses told are denied.
    var lossesDenied: String?

    /// The frame states something about the raid itself (an act, an attempt, the raiders, a group).
    var mentionsRaid: Bool {
        act != nil || attemptOnly || raiderNamed || actReference || groupReferenced || groupNamed || denialIsNegative
    }

    /// A claim quoted as "claimed by X" ("the 1,500 claimed by the Kremlin").
    var quotedByAgent: Bool
    /// The sentence speaks of losses or a repulsion (a quoted figure is then a counterclaim).
    var lossesInSentence: Bool
    /// The sentence holds a denial phrase ("…tried to enter Tetkino, but he insisted there had been no breakthrough").
    var denialInSentence: Bool
    /// No speech verb, no label and no speaker going on: the outlet narrates what the actor did
    /// ("Ukrainian troops crossed into…").
    var narrated: Bool
    /// What is said are others' reports, opened by a claim noun before a preposition ("reports of
    /// a breakthrough were a provocation", "сообщения о прорыве"): called staged, they are denied.
    var ofReports: Bool

    /// Reads the signals of `frame` in `sentence`, asking `language` about the words around each cue.
    /// - Parameter raiders: the actors that raid (the groups, an army that may cross): named in
    ///   what is said, they are the raiders whose losses it tells ("Ukraine's army has lost …").
    init(_ frame: StatementFrame, _ sentence: SentenceAnalysis, roles: [String: ActorRole], language: LanguageProfile, raiders raiderNames: Set<String>) {
        let words = sentence.folded
        quotedByAgent = frame.isEmbedded && frame.cue.map { language.passiveAgents.contains(words[safe: $0.upperBound] ?? "") } == true
        lossesInSentence = sentence.has(.losses) || sentence.has(.counterclaim)
        // The noun opens a frame that goes on from the speaker's ("said that reports of …"), is
        // the cue's object ("calling reports of its capture a provocation"), or follows the cue's
        // complementizer ("заявил, что сообщения о …"); not a speaker's own "issued a statement
        // about", "сделало заявление о".
        ofReports =
            frame.cue.map { cue in
                (cue.lowerBound...min(cue.upperBound, words.count - 1)).contains { at in
                    ((at == cue.lowerBound && frame.goesOn) || at == cue.upperBound
                        || (at > cue.lowerBound && language.complementizers.contains(words[at - 1])))
                        && language.claimNouns.contains(words[at])
                        && (language.topicPrepositions.contains(words[safe: at + 1] ?? "") || language.ownerPrepositions.contains(words[safe: at + 1] ?? ""))
                }
            } ?? false
        denialInSentence = sentence.has(.denial)
        // "YUSOV: On Monday…", "Gladkov (governor): …": a name labelling what follows speaks.
        // A clause going on with the speaker before it ("…, but nowhere near the 1,500") is theirs.
        narrated = frame.cue == nil && !frame.isEmbedded && !frame.isLabelled && !frame.goesOn
        var inside = Set<Int>()
        for range in frame.content { inside.formUnion(range) }
        if let cue = frame.cue { inside.formUnion(cue) }
        let background = sentence.cues(.background).map(\.range) + Self.describingClauses(in: sentence, language: language)
        let cues = sentence.cues.filter { cue in
            inside.contains(cue.range.lowerBound) && !background.contains { $0.overlaps(cue.range) }
        }
        func first(_ category: Trigger.Category) -> PhraseMatcher<Trigger.Categories>.Match? { cues.first { $0.value.contains(category) } }
        func all(_ category: Trigger.Category) -> [PhraseMatcher<Trigger.Categories>.Match] { cues.filter { $0.value.contains(category) } }
        // "No, that is not true": a negation word set off by a comma answers; it negates nothing after it.
        let negationCues = all(.negation)
        let negations = negationCues.map(\.range).filter { !(sentence.words[safe: $0.upperBound]?.followsComma ?? false) }
        // "прорыва в Тёткино не было": a negation that follows the act it negates, in its clause
        // (an act only: "нет и не было" after a denial phrase is part of it).
        // It closes its clause, or a place or a connective follows it ("не было и нет"): not "после
        // прорыва не было связи" (after the breakthrough there was no contact), nor an act a
        // preposition governs ("после прорыва", "с момента вторжения").
        /// Whether a phrase ending before `next` ends there: the clause ends, or a preposition follows.
        func endsBefore(_ next: Int) -> Bool {
            next >= words.count || sentence.words[next].followsComma || sentence.words[next].followsClauseBreak
                || language.governing.contains(words[next]) || language.locativePrepositions.contains(words[next])
        }
        let postNegations = negationCues.filter { match in
            guard language.postNegations.contains(match.phrase) else { return false }
            let next = match.range.upperBound
            return endsBefore(next) || language.connectives.contains(words[next])
        }.map(\.range.lowerBound)
        /// Where a post-negation closes `cue`'s clause after it ("прорыва в Тёткино не было",
        /// "противника в самом Шебекино нет"): a place or up to three other words between, no comma.
        func closingPostNegation(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Int? {
            postNegations.first { start in
                start >= cue.range.upperBound
                    && (cue.range.upperBound..<start).count { at in !sentence.places.contains { $0.range.contains(at) } } <= 3
                    && !sentence.words[cue.range.upperBound...start].contains { $0.followsComma || $0.followsClauseBreak }
            }
        }
        func governed(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            (1...2).contains { back in cue.range.lowerBound - back >= 0 && language.governing.contains(words[cue.range.lowerBound - back]) }
        }
        func negated(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            negations.contains { negation in
                guard negation.upperBound <= cue.range.lowerBound else { return false }
                if cue.range.lowerBound - negation.upperBound <= 3 { return true }
                // Names and auxiliaries between them do not count ("no Legion unit has been
                // destroyed"), within one clause ("no evidence that the Legion controlled": not).
                // A comma, a clause break or a word opening a clause ends the reach.
                let between = negation.upperBound..<cue.range.lowerBound
                let opensClause = between.contains { at in
                    let word = words[at]
                    return sentence.words[at].followsComma || sentence.words[at].followsClauseBreak || language.complementizers.contains(word)
                        || language.clauseBreakers.contains(word) || language.frontedOpeners.contains(word) || language.clauseOpeners[word] != nil
                }
                return !opensClause && sentence.words[cue.range.lowerBound].followsComma == false
                    && between.count { at in !language.passiveMarkers.contains(words[at]) && !sentence.actors.contains { $0.range.contains(at) } } <= 3
            }
                // A place between them is one adjunct ("нарушения границы на территории Белгородской
                // области нет"): its words do not count.
                || (cue.value.contains(.raid) && !cue.value.contains(.denial) && !governed(cue) && closingPostNegation(cue) != nil)
        }
        let attempts = all(.attempt).map(\.range.upperBound)
        func attempted(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            attempts.contains { $0 <= cue.range.lowerBound && cue.range.lowerBound - $0 <= 3 }
        }
        // "to destroy the saboteurs" is intended; "were able to stop the attackers" was done.
        func intended(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            language.infinitiveMarkers.contains(words[safe: cue.range.lowerBound - 1] ?? "")
                && !language.achievementWords.contains(words[safe: cue.range.lowerBound - 2] ?? "")
        }
        func ongoing(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            language.progressiveSuffixes.contains(where: cue.phrase.hasSuffix)
                && language.progressiveMarkers.contains(words[safe: cue.range.lowerBound - 1] ?? "")
        }
        let futures = all(.future).map(\.range.lowerBound)
        func planned(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool { futures.contains { $0 < cue.range.lowerBound } }

        accusation = all(.accusation).first { !negated($0) }?.phrase
        // "the need to cover the border reliably": a goal denies nothing (a future cue a few
        // words before the denial phrase; further away, "will be under control, and the reports
        // are fake", the denial stands).
        func plannedNear(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            futures.contains { $0 < cue.range.lowerBound && cue.range.lowerBound - $0 <= 4 }
        }
        // "відкинули наступ", "repelled the attack": a phrase that is both a denial and a
        // repulsion, with an act or the raiders right after it, repels; "rejected the claims" denies.
        let actStarts = sentence.cues.filter { !$0.value.isDisjoint(with: [.raid, .raider, .actReference]) }.map(\.range.lowerBound)
        func repels(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            cue.value.contains(.counterclaim) && actStarts.contains { $0 >= cue.range.upperBound && $0 - cue.range.upperBound <= 1 }
        }
        // "never had anything close to 2,500 men": the negation completes such a phrase.
        func completedByNegation(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool { language.negativePolarity.contains(words[cue.range.lowerBound]) }
        let denialCue = all(.denial).first { (!negated($0) || completedByNegation($0)) && !plannedNear($0) && !repels($0) }
        denial = denialCue.map(\.phrase)
        // "…were conducting combat operations exclusively on the territory of Ukraine": a denial that
        // confines the act before it states no act beside it.
        let confines = denialCue.map { cue in language.restrictivePrefixes.contains { cue.phrase.hasPrefix($0 + " ") } } ?? false
        // "Киев к нападению не причастен": an act right before the denial phrase is what the denial
        // is about (its complement), not an act stated beside it.
        actBeforeDenial =
            !confines
            && (denialCue.map { cue in all(.raid).contains { $0.range.upperBound < cue.range.lowerBound && !negated($0) } } ?? false)
        // "had not been breached" denies the act; "has not claimed responsibility" denies nothing.
        let negatedAct = all(.raid).first { act in
            negated(act) && !TextFolding.words(act.phrase).contains(where: language.nonActWords.contains)
        }
        if denial == nil, let act = negatedAct { denial = "not … \(act.phrase)" }
        // "противника в самом Шебекино нет", "ворога в місті немає": the raiders under a negation
        // that closes their clause are not there (English says "no enemy"). Not raiders a
        // preposition places ("выхода у боевиков нет": they have no way out).
        if denial == nil {
            for raider in all(.raider)
            where !governed(raider) && !(raider.range.lowerBound > 0 && language.locativePrepositions.contains(words[raider.range.lowerBound - 1])) {
                guard let close = closingPostNegation(raider), let negation = negationCues.first(where: { $0.range.lowerBound == close }) else { continue }
                denial = "\(raider.phrase) … \(negation.phrase)"
                break
            }
        }
        // A denial of the act itself: "no breakthrough", an act under negation, and a phrase the
        // language closes with its negation ("ворога на території області немає", "прорыва не было").
        // So is a phrase holding a negation of its own ("граница … не нарушена", "не прошёл").
        // "never had anything close to": the negation that completes the phrase is the phrase's.
        let holdsNegation =
            denialCue.map { cue in negationCues.contains { cue.range.contains($0.range.lowerBound) } || (completedByNegation(cue) && negated(cue)) } ?? false
        denialIsNegative =
            confines || holdsNegation
            || (denial.map { phrase in
                language.negativePrefixes.contains(where: phrase.hasPrefix)
                    || language.postNegations.words.contains { phrase.hasSuffix(" " + $0) }
            } ?? false)

        // "to push the saboteurs out … and destroy them", "were still clearing": the operation is under way.
        // "was still repelling an attempt to break through": an act or attempt right after the
        // going-on verb is a repulsion told as it happens (claims.md: a counterclaim).
        // An act phrase or an attempt, not a reference to where it happened ("clearing the area").
        let repelled = sentence.cues.filter { $0.value.contains(.raid) || $0.value.contains(.attempt) }.map(\.range.lowerBound)
        func repelsAnAct(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            repelled.contains { $0 >= cue.range.upperBound && $0 - cue.range.upperBound <= 2 }
                && !all(.raider).contains { $0.range.lowerBound >= cue.range.upperBound && $0.range.lowerBound - cue.range.upperBound <= 1 }
        }
        // "fighting to repel the troops who entered is continuing": repelling under way still repels.
        let firstIntent = (all(.counterclaim) + all(.losses)).filter {
            !language.repellingPhrases.contains($0.phrase) && (intended($0) || (ongoing($0) && !repelsAnAct($0)))
        }.map(\.range.lowerBound).min()
        func underWay(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool { firstIntent.map { $0 <= cue.range.lowerBound } ?? false }
        intent = (all(.counterclaim) + all(.losses)).first(where: underWay)?.phrase
        purpose = (all(.counterclaim) + all(.losses)).contains(where: intended)
        repulsion = all(.counterclaim).first { !underWay($0) && !negated($0) && !planned($0) && $0.range != denialCue?.range }?.phrase
        let raiders = all(.raider)
        let victims = all(.victim)
        raiderNamed = !raiders.isEmpty
        // "it had lost nobody at Tyotkino": a negation right after the loss, standing as its object
        // (the clause ends, or a preposition, a place or a day follows), denies it too; one that
        // opens a figure or a phrase ("no fewer than 70", "не менее 70", "not only") does not.
        func objectNegated(_ cue: PhraseMatcher<Trigger.Categories>.Match) -> Bool {
            negationCues.contains { negation in
                guard negation.range.lowerBound == cue.range.upperBound, !sentence.words[negation.range.lowerBound].followsComma else { return false }
                let next = negation.range.upperBound
                return endsBefore(next) || sentence.places.contains { $0.range.lowerBound == next } || sentence.dates.contains { $0.range.lowerBound == next }
            }
        }
        lossesDenied = all(.losses).first { (negated($0) || objectNegated($0)) && !planned($0) }?.phrase
        for loss in all(.losses) where !negated(loss) && !objectNegated(loss) && !planned(loss) && !underWay(loss) {
            let raiderRanges = (raiders + all(.groupReference)).map(\.range)
            // Not a name that owns the strike right before it ("погибшими от снарядов ВСУ": the army
            // fired the shells); after an act noun it may still be the loss's subject ("в ходе атаки
            // ВСУ потеряли до 70 человек").
            let groups = sentence.actors.filter { actor in
                raiderNames.contains(actor.name) && inside.contains(actor.range.lowerBound)
                    && !sentence.cues.contains { cue in cue.range.upperBound == actor.range.lowerBound && cue.value.contains(.remote) }
            }.map(\.range)
            // "Ukraine's army has lost up to 1,350 servicemen": a raiding actor right before a loss
            // it suffers (an intransitive one) is its patient.
            // Not when the name owns an act or a strike before it ("в результате обстрела ВСУ погиб
            // мирный житель": the army shelled), nor when victims stand by the loss ("wounded two
            // civilians"), nor in a frame about shelling.
            let victimsNear = victims.contains {
                abs($0.range.lowerBound - loss.range.upperBound) <= 3 || abs(loss.range.lowerBound - $0.range.upperBound) <= 3
            }
            let sufferer =
                language.intransitiveLosses.contains(loss.phrase) && !victimsNear && first(.remote) == nil
                && sentence.actors.contains { actor in
                    inside.contains(actor.range.lowerBound) && raiderNames.contains(actor.name) && actor.range.upperBound <= loss.range.lowerBound
                        && loss.range.lowerBound - actor.range.upperBound <= 2
                        && !sentence.cues.contains { cue in
                            cue.range.upperBound == actor.range.lowerBound && !cue.value.isDisjoint(with: [.raid, .remote, .actReference])
                        }
                }
            switch sufferer
                ? .raiders : Self.patient(of: loss, words: words, raiders: raiderRanges, groups: groups, victims: victims.map(\.range), language: language)
            {
            case .raiders: lossesOfRaiders = lossesOfRaiders ?? loss.phrase
            case .others: lossesOfOthers = lossesOfOthers ?? loss.phrase
            case nil: lossesUnspecified = lossesUnspecified ?? loss.phrase
            }
        }
        // A raid word inside a longer repulsion phrase is that phrase's ("не допустили прорыва
        // границы", "prevented a breakthrough"): no act of its own.
        let repulsions = all(.counterclaim).map(\.range).filter { $0.count > 1 }
        let acts = all(.raid).filter { act in
            !negated(act)
                && !repulsions.contains { $0.count > act.range.count && $0.lowerBound <= act.range.lowerBound && act.range.upperBound <= $0.upperBound }
        }
        // An attempt colours the whole frame: "tried to enter Tetkino and a firefight took place" is no entry.
        attemptOnly = acts.contains(where: attempted)
        act = attemptOnly ? nil : acts.first { !planned($0) }?.phrase
        groupNamed = sentence.actors.contains { inside.contains($0.range.lowerBound) && roles[$0.name] == .group }
        let places = sentence.places.filter { inside.contains($0.range.lowerBound) }
        placeNamed = !places.isEmpty
        territoryNamed = first(.territory) != nil
        // "its fighters remained in Tyotkino", "what they said was the centre of Novaya Tavolzhanka"
        ownForcesOnRussianSoil = (first(.ownForces) != nil || first(.groupReference) != nil || frame.speakerIsReference) && (placeNamed || territoryNamed)
        let defenders = all(.defenders)
        defendersAct = all(.raid).contains { act in
            !negated(act)
                && defenders.contains { defender in
                    defender.range.upperBound <= act.range.lowerBound && act.range.lowerBound - defender.range.upperBound <= 6
                        && !raiders.contains { $0.range.lowerBound >= defender.range.upperBound && $0.range.upperBound <= act.range.lowerBound }
                }
        }
        actReference = first(.actReference) != nil
        let references = all(.actReference).map(\.range)
        actExplained =
            !acts.isEmpty && acts.allSatisfy { act in references.contains { $0.overlaps(act.range) } }
            && references.contains { reference in
                // "the attacks in the Belgorod and Kursk regions are meant to …": later in its clause;
                // "the aim of the attack is to …": right before it.
                let after = (reference.upperBound..<min(words.count, reference.upperBound + 8)).prefix { start in
                    start == reference.upperBound || !(sentence.words[start].followsComma || sentence.words[start].followsClauseBreak)
                }
                // A place right after the phrase is its target, not a purpose ("the attacks aimed at
                // Shebekino", "атака была направлена на Козинку").
                func purpose(at start: Int) -> Bool {
                    language.purposePhrases.contains { phrase in
                        !phrase.isEmpty && words.hasPhrase(phrase, at: start)
                            && !sentence.places.contains { $0.range.lowerBound >= start + phrase.count && $0.range.lowerBound <= start + phrase.count + 1 }
                    }
                }
                // "These enemy attacks cannot and will not go unpunished": what the act will bring is
                // a threat about it (claims.md: not a claim). Close after the act, with no name between
                // ("the raid showed Kyiv would stop at nothing" says what Kyiv will do) and not a
                // passive's agent after it ("was planned by Ukrainian intelligence").
                func threat(at start: Int) -> Bool {
                    futures.contains(start) && start - reference.upperBound <= 5
                        && !sentence.actors.contains { $0.range.lowerBound >= reference.upperBound && $0.range.lowerBound < start }
                        && !language.passiveAgents.contains(words[safe: start + 1] ?? "")
                }
                return after.contains(where: purpose(at:)) || after.contains(where: threat(at:))
                    || words.phrase(among: language.purposePhrases, endingAt: reference.lowerBound) != nil
            }
        groupReferenced = first(.groupReference) != nil
        remote = first(.remote) != nil
        // "…was carried out by Ukrainian saboteurs and that its purpose was to distract attention
        // from Bakhmut": a place elsewhere that a second "that" puts in another statement than
        // the act's does not place the act there.
        let elsewhere = all(.elsewhere).map(\.range)
        elsewhereOnly =
            !elsewhere.isEmpty && !placeNamed
            && acts.allSatisfy { act in
                elsewhere.contains { place in
                    // A place inside the act's phrase ("crossed the Kharkiv border") has nothing between.
                    let between =
                        place.lowerBound >= act.range.upperBound
                        ? act.range.upperBound..<place.lowerBound : place.upperBound <= act.range.lowerBound ? place.upperBound..<act.range.lowerBound : 0..<0
                    return !words[between].contains(where: language.complementizers.contains)
                }
            }
    }

    /// "The Legion, whose fighters raided this border in March, said …": a relative clause set off
    /// by commas right after an actor's name describes the actor; with no speech verb in it, its
    /// acts are background (what it reports, "who on Thursday said …", stays a statement).
    static func describingClauses(in sentence: SentenceAnalysis, language: LanguageProfile) -> [Range<Int>] {
        var out = [Range<Int>]()
        for mention in sentence.actors {
            let start = mention.range.upperBound
            guard start < sentence.words.count, sentence.words[start].followsComma, language.relativePronouns.contains(sentence.words[start].text) else {
                continue
            }
            var end = start + 1
            while end < sentence.words.count, !sentence.words[end].followsComma, !sentence.words[end].followsClauseBreak { end += 1 }
            let clause = start..<end
            if sentence.cues(.speech, in: clause).isEmpty { out.append(clause) }
        }
        return out
    }

    enum Patient { case raiders, others }

    /// Who suffers a loss: "killed 234 fighters" (after an active verb), "two civilians had
    /// been killed", "the attackers' losses", "they had lost" (before a passive or intransitive one).
    /// A raiding group's name counts after an active loss only ("destroyed two units of the
    /// Legion"; "the Legion destroyed two tanks" is the group acting, and before a passive one it
    /// may own the strike: "через обстріл ЗСУ пошкоджено…").
    static func patient(
        of loss: PhraseMatcher<Trigger.Categories>.Match, words: [String], raiders: [Range<Int>], groups: [Range<Int>] = [], victims: [Range<Int>],
        language: LanguageProfile
    ) -> Patient? {
        let passive = language.passiveMarkers.contains(words[safe: loss.range.lowerBound - 1] ?? "")
        let intransitive = language.intransitiveLosses.contains(loss.phrase)
        let lookBefore = passive || intransitive
        func nearest(_ ranges: [Range<Int>], before: Bool) -> Int? {
            let distances = ranges.compactMap { range -> Int? in
                let d = before ? loss.range.lowerBound - range.upperBound : range.lowerBound - loss.range.upperBound
                return d >= 0 && d <= 8 ? d : nil
            }
            return distances.min()
        }
        for before in [lookBefore, !lookBefore] {
            // Groups on the patient's side of an active loss only: after it.
            let raider = nearest(!lookBefore && !before ? raiders + groups : raiders, before: before)
            let victim = nearest(victims, before: before)
            // "погиб мирный житель", "killed two civilians": a victim right next to the loss on
            // the other side is nearer than a raider a few words away on this one; so is one a
            // count stands between ("ранены 12 мирных жителей").
            let across = nearest(victims, before: !before)
            // A word may stand between them too ("є поранені серед цивільних", "wounded among civilians"),
            // but not one joining another clause ("saboteurs were killed and civilians were not hurt").
            let between = words[safe: before ? loss.range.upperBound : loss.range.lowerBound - 1] ?? ""
            let counted = between.first?.isNumber ?? false
            let joined = !language.connectives.contains(between) && !language.clauseBreakers.contains(between)
            if let raider, let across, across == 0 || (across == 1 && (counted || joined)), raider > 0, victim == nil { return .others }
            switch (raider, victim) {
            case (.some(let r), .some(let v)): return v < r ? .others : .raiders
            case (.some, nil): return .raiders
            case (nil, .some): return .others
            case (nil, nil): continue
            }
        }
        return nil
    }

    /// Whether `signal` is set (a phrase found, or a fact true).
    func isSet(_ signal: FrameSignal) -> Bool {
        switch signal {
        case .denial: denial != nil
        case .accusation: accusation != nil
        case .repulsion: repulsion != nil
        case .lossesOfRaiders: lossesOfRaiders != nil
        case .lossesOfOthers: lossesOfOthers != nil
        case .lossesUnspecified: lossesUnspecified != nil
        case .act: act != nil
        case .intent: intent != nil
        case .purpose: purpose
        case .raiderNamed: raiderNamed
        case .defendersAct: defendersAct
        case .groupNamed: groupNamed
        case .groupReferenced: groupReferenced
        case .actReference: actReference
        case .ownForcesOnRussianSoil: ownForcesOnRussianSoil
        case .placeNamed: placeNamed
        case .territoryNamed: territoryNamed
        case .remote: remote
        case .elsewhereOnly: elsewhereOnly
        case .actBeforeDenial: actBeforeDenial
        case .quotedByAgent: quotedByAgent
        case .lossesInSentence: lossesInSentence
        case .narrated: narrated
        case .ofReports: ofReports
        case .attempt: attemptOnly
        case .denialInSentence: denialInSentence
        case .actExplained: actExplained
        case .denialNegative: denial != nil && denialIsNegative
        case .lossesDenied: lossesDenied != nil
        }
    }

    /// The phrase that set `signal`, for the signals a phrase sets.
    func phrase(of signal: FrameSignal) -> String? {
        switch signal {
        case .denial: denial
        case .accusation: accusation
        case .repulsion: repulsion
        case .lossesOfRaiders: lossesOfRaiders
        case .lossesOfOthers: lossesOfOthers
        case .lossesUnspecified: lossesUnspecified
        case .act: act
        case .intent: intent
        case .lossesDenied: lossesDenied
        default: nil
        }
    }
}

/// The signals the kind table (`kinds.tsv`) may test, by their names there.
enum FrameSignal: String, Sendable, Hashable, CaseIterable {
    case denial, accusation, repulsion, act, intent, purpose, remote
    case lossesOfRaiders = "losses-of-raiders", lossesOfOthers = "losses-of-others", lossesUnspecified = "losses-unspecified"
    case raiderNamed = "raider-named", defendersAct = "defenders-act", groupNamed = "group-named", groupReferenced = "group-referenced", actReference =
        "act-reference"
    case ownForcesOnRussianSoil = "own-forces-on-russian-soil", placeNamed = "place-named", territoryNamed = "territory-named"
    case elsewhereOnly = "elsewhere-only", actBeforeDenial = "act-before-denial"
    case quotedByAgent = "quoted-by-agent", lossesInSentence = "losses-in-sentence", narrated
    /// What is said are others' reports ("reports of a breakthrough were …").
    case ofReports = "of-reports"
    /// The act only attempted ("tried to break into"): no act of its own.
    case attempt
    case denialInSentence = "denial-in-sentence"
    case actExplained = "act-explained"
    /// The denial states a negation or confines the act ("no breakthrough", "only inside
    /// Ukraine"), not a speech act of denying ("issued a denial").
    case denialNegative = "denial-negative"
    /// A loss under negation ("no Legion unit has been destroyed").
    case lossesDenied = "losses-denied"
}
