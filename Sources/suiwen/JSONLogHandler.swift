import Foundation
import Logging
import SuiwenRPC
import Synchronization

/// swift-log to standard error as JSON Lines (`suiwen serve --log-format json`), for log
/// collectors: `{"time", "level", "label", "message", …metadata}` one object a line.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    private static let output = Mutex(())

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata { fields[key] = "\(value)" }
        for (key, value) in event.metadata ?? [:] { fields[key] = "\(value)" }
        fields["time"] = Date().formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["message"] = "\(event.message)"
        // Fixed keys first, then the metadata in order, so lines read alike.
        let fixed = ["time", "level", "label", "message"]
        let keys = fixed + fields.keys.filter { !fixed.contains($0) }.sorted()
        var line = "{"
        for (index, key) in keys.enumerated() {
            if index > 0 { line += "," }
            line += JSONText.quoted(key) + ":" + JSONText.quoted(fields[key]!)
        }
        line += "}\n"
        Self.output.withLock { _ in
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
