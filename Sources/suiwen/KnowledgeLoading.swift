import Foundation
import SuiwenEngine
import SuiwenKnowledge

/// `path` when it is a directory, else an error naming the absolute path looked at and what
/// to do: `hint` says how this command takes another directory.
func knowledgeDirectory(_ path: String, hint: String = "pass --knowledge DIR") throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw CLIError("No knowledge directory at \(absolutePath(path)): run from the repository or \(hint)")
    }
    return path
}

/// `path` from the working directory, as a person would look for it.
func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// Loads a knowledge directory, or fails with the validator's report.
func loadKnowledge(_ directory: String, hint: String = "pass --knowledge DIR") throws -> KnowledgeBase {
    let path = try knowledgeDirectory(directory, hint: hint)
    return try reportingInvalidKnowledge(in: directory) { try KnowledgeLoader.load(directory: path) }
}

/// Loads and compiles a knowledge directory (the compile checks the rules), or fails with
/// the validator's report.
func loadEngine(_ directory: String, hint: String = "pass --knowledge DIR") throws -> QAEngine {
    let knowledge = try loadKnowledge(directory, hint: hint)
    return try reportingInvalidKnowledge(in: directory) { try QAEngine(knowledge: knowledge) }
}

private func reportingInvalidKnowledge<Value>(in directory: String, _ load: () throws -> Value) throws -> Value {
    do {
        return try load()
    } catch let error as KnowledgeValidationError {
        throw CLIError("The knowledge in \(directory) does not load:\n\(error)")
    }
}
