import ClaimTesting
import Foundation
import Testing

/// `claimwatch report --html` (issue 23) from a store the real daemon filled, rendered by a real
/// headless browser (Debian's chromium, which .ci/run installs): what the browser built from
/// the page has one SVG per event and the expected marks, and it takes a screenshot.
@Suite(.serialized) struct ReportBrowserTests {
    let harness: DaemonHarness
    init() throws { harness = try DaemonHarness(name: "report") }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func browser(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try JournalReader.run([Self.chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments)
    }

    @Test func theBrowserDrawsOneTimelinePerEventWithAMarkPerClaim() throws {
        guard Self.chromium != nil else {
            print("ReportBrowserTests: chromium is not installed (apt-get install chromium); the browser test is skipped")
            return
        }
        let daemon = try harness.start()
        let texts = [
            ArticleFixture.raid(into: "Belgorod", day: 22),
            ArticleFixture.counterclaim(in: "Belgorod", day: 22),
            // Another outlet's own report of the same claim (not a version of the first: its own words).
            "Legion raid\n\nMay 23, 2023\n\nOutlet: Evening Courier\n\nArmed men of the Freedom of Russia Legion claimed a crossing into the Belgorod region on May 22, their statement said.\n",
            ArticleFixture.raid(by: "Russian Volunteer Corps", into: "Kursk", day: 3),
        ]
        for (index, text) in texts.enumerated() { try harness.drop([try harness.article("r\(index).txt", text)]) }
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()

        let page = harness.work.appendingPathComponent("report.html")
        let report = try DaemonHarness.cli(["report", "--html", page.path, "--state", harness.state.path])
        #expect(report.status == 0)
        let dom = try browser(["--dump-dom", page.absoluteString]).output
        let sections = dom.components(separatedBy: "<section class=\"event\"").dropFirst()
        #expect(sections.count == 2, "Belgorod 22 May, Kursk 3 May: two events")
        let marks = sections.map { $0.components(separatedBy: "class=\"mark ").count - 1 }
        #expect(marks.sorted() == [1, 2], "the Belgorod raid (two sources) and counterclaim; the Kursk raid")
        #expect(sections.allSatisfy { $0.components(separatedBy: "<svg class=\"timeline\"").count == 2 }, "one timeline each")
        #expect(dom.contains("2 sources"))

        let screenshot = harness.work.appendingPathComponent("report.png")
        _ = try browser(["--window-size=1000,1200", "--screenshot=\(screenshot.path)", page.absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "a screenshot of the drawn page")
    }
}
