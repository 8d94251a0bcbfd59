/// Small articles of our own for scenario tests: a headline, a dateline, one claim sentence.
public enum ArticleFixture {
    /// A group's claim to have crossed into a region, published on day `day` of May 2023.
    public static func raid(by group: String = "Freedom of Russia Legion", into region: String = "Belgorod", day: Int = 22, note: String = "") -> String {
        "\(group) says it crossed\n\nMay \(day), 2023\n\nThe \(group) said its fighters crossed into the \(region) region.\(note.isEmpty ? "" : " \(note)")\n"
    }

    /// The Defence Ministry's account that raiders were repelled in a region, published on day `day` of May 2023.
    public static func counterclaim(in region: String = "Belgorod", day: Int = 22) -> String {
        "Ministry: attack repelled\n\nMay \(day), 2023\n\nThe Russian Defence Ministry said Ukrainian saboteurs who entered the \(region) region had been repelled and destroyed.\n"
    }
}
