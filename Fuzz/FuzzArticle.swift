// libFuzzer entry point: the daemon's whole pure pipeline — decoding, reading (text,
// HTML, JSON), extraction (the rules as `extract` runs them; `scan --explain`'s trace
// formatting is not fuzzed), diffing against what earlier inputs left — on arbitrary bytes;
// it traps when a control or invisible format character survives the reader.
// Built by scripts/fuzz together with ClaimCore's sources (swiftc -sanitize=fuzzer).

// Built once: making the matchers is the expensive part of a pipeline.
let fuzzPipeline = ArticlePipeline(lexicon: try! Lexicon.makeDefault(), maxBytes: 1 << 20)
nonisolated(unsafe) var fuzzKnown: [KnownClaim] = []

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let pipeline = fuzzPipeline
    // The first byte picks the name, so every reader sees every input.
    let names = ["a.txt", "a.html", "a.json", "a"]
    let name = names[Int(bytes.first ?? 0) % names.count]
    guard let extracted = try? pipeline.process(bytes, fileName: name, modified: Day(year: 2024, month: 3, day: 12)) else { return 0 }
    // Issue 18's promise, checked on every input: what the reader hands on is inert text.
    let article = extracted.article
    for text in [article.title, article.outlet, article.url].compactMap({ $0 }) + article.paragraphs + extracted.claims.map(\.evidence) {
        precondition(!TextSanitizer.needsCleaning(text), "a control or invisible format character survived the reader")
    }
    let plan = IngestPlan.make(
        claims: extracted.claims, article: extracted.article, sha256: extracted.sha256, known: fuzzKnown, sequence: Int64(fuzzKnown.count))
    for entry in plan.entries { fuzzKnown.append(entry.stored) }
    // The daemon's differ sees a few dozen candidates a claim (each ranking part read up to its
    // limit), so 100 known claims cover what it meets; 500 made folding them a third of each run.
    if fuzzKnown.count > 100 { fuzzKnown.removeFirst(50) }
    return 0
}
