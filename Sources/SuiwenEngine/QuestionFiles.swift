import Foundation

/// Questions read from files for the in-process runs (`suiwen bench`, `suiwen-matcher-passes`):
/// question sets (JSON Lines, as in ../shared/eval) or plain files, one question a line.
public enum QuestionFiles {
    /// A file that cannot be read as questions, with the place and what to do.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// A question-set line as the runs read it: only the questions of its turns (a case
    /// without `expect` or `must` is asked all the same).
    private struct Conversation: Decodable {
        struct Turn: Decodable { var q: String }
        var turns: [Turn]
    }

    /// Conversations: each a list of questions whose context threads through.
    /// A line that opens with `{` is a question-set case; one that does not parse as such is an
    /// error, not a question (timing the JSON text as a question measured something nobody asks).
    public static func conversations(in files: [String]) throws -> [[String]] {
        var result: [[String]] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ReadError(description: "Cannot read \(file) as UTF-8 text: give a question set (JSON Lines) or a file of one question a line.")
            }
            for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if line.isEmpty { continue }
                guard line.hasPrefix("{") else {
                    result.append([line])
                    continue
                }
                let conversation: Conversation
                do {
                    conversation = try JSONDecoder().decode(Conversation.self, from: Data(line.utf8))
                } catch {
                    throw ReadError(description: "\(file):\(index + 1): a line that opens with { but is not a question-set case ({\"turns\": [{\"q\": \"…\"}]}): \(error)")
                }
                guard !conversation.turns.isEmpty else { throw ReadError(description: "\(file):\(index + 1): a question-set case with no turns.") }
                result.append(conversation.turns.map(\.q))
            }
        }
        return result
    }
}
