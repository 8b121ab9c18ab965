import Foundation

/// An error the CLI prints on standard error as one sentence, exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    /// What failed; open-ended. Commands that answer many questions go on after a question
    /// is refused and stop when the service cannot be reached.
    struct Code: Hashable, CustomStringConvertible {
        static let failed = Code(description: "failed")
        static let unreachable = Code(description: "unreachable")
        let description: String
    }

    var code: Code
    var description: String

    init(_ description: String, code: Code = .failed) {
        self.code = code
        self.description = description
    }
}

/// Writes `text` and a newline to standard error, after what standard output holds so far.
func printError(_ text: String) {
    fflush(nil)
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
