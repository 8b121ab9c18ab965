// Answers the questions of question sets in process, pass after pass, threading each
// conversation's context, and prints only how many answers it gave: the program that
// scripts/bench-instructions runs under valgrind to count the instructions of an answer. It
// needs only the engine and the knowledge graph, so its release build takes minutes where the
// whole CLI's (gRPC, HTTP) takes a quarter of an hour.
//   suiwen-matcher-passes KNOWLEDGE_DIR PASSES FILE...
import Foundation
import SuiwenEngine
import SuiwenKnowledge

func fail(_ sentence: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data(("suiwen-matcher-passes: " + sentence + "\n").utf8))
    exit(status)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3, let passes = Int(arguments[arguments.startIndex + 1]), passes >= 0 else {
    fail("usage: suiwen-matcher-passes KNOWLEDGE_DIR PASSES FILE... (PASSES a whole number, 0 or more)", status: 2)
}
let directory = arguments[arguments.startIndex]
let engine: QAEngine
do {
    engine = try QAEngine(knowledge: KnowledgeLoader.load(directory: directory))
} catch {
    fail("the knowledge in \(directory) does not load: \(error)")
}
let conversations: [[String]]
do {
    conversations = try QuestionFiles.conversations(in: Array(arguments.dropFirst(2)))
} catch {
    fail("\(error)")
}
var answers = 0
for _ in 0..<passes {
    for turns in conversations {
        var context = ""
        for question in turns {
            // (A refused question, empty or too long, is timed as asked: its context is reset.)
            context = (try? engine.answer(question, context: context))?.context ?? ""
            answers += 1
        }
    }
}
print("answers: \(answers)")
