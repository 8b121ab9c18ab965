/// Something wrong with the knowledge files: where, what, and what to do about it.
public struct KnowledgeIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, open-ended code: `malformed-file`, `unknown-type`, `dangling-id`, ...
    public var code: String
    public var location: SourceLocation
    public var message: String
    /// What a maintainer should do.
    public var fix: String

    public init(code: String, at location: SourceLocation, _ message: String, fix: String) {
        self.code = code
        self.location = location
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(location): error[\(code)]: \(message) — \(fix)" }
}

/// Thrown when the knowledge directory does not load: every issue found, in file order.
public struct KnowledgeValidationError: Error, Sendable, CustomStringConvertible {
    public var issues: [KnowledgeIssue]

    public init(issues: [KnowledgeIssue]) {
        self.issues = issues
    }

    public var description: String {
        let lines = issues.map(\.description)
        return (lines + ["\(issues.count) error(s) in the knowledge files."]).joined(separator: "\n")
    }
}
