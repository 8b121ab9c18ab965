import Logging
import Metrics
import ServiceLifecycle
import SuiwenEngine
import SuiwenKnowledge
import UnixSignals

/// Reloads the knowledge on SIGHUP: the new directory is loaded and compiled first; if it is
/// valid the engine is swapped whole (questions in flight finish on the engine they started
/// with), if not the old one keeps serving and the errors are logged with file and line.
public struct KnowledgeReloader: Service {
    public let directory: String
    public let store: EngineStore
    private let logger: Logger

    public init(directory: String, store: EngineStore, logger: Logger) {
        self.directory = directory
        self.store = store
        self.logger = logger
        Self.publish(version: store.engine.knowledge.version)
    }

    public func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            reload()
        }
    }

    /// Loads, validates and swaps in the knowledge; returns whether it was swapped.
    @discardableResult
    public func reload() -> Bool {
        let old = store.engine.knowledge.version
        do {
            let knowledge = try KnowledgeLoader.load(directory: directory)
            let engine = try QAEngine(knowledge: knowledge)
            store.replace(with: engine)
            Counter(label: Self.reloadsMetric, dimensions: [("result", "swapped")]).increment()
            Self.publish(version: knowledge.version)
            logger.notice("knowledge reloaded", metadata: [
                "directory": "\(directory)", "from_version": "\(old)", "to_version": "\(knowledge.version)",
                "entities": "\(knowledge.entities.count)", "facts": "\(knowledge.facts.count)",
            ])
            return true
        } catch {
            Counter(label: Self.reloadsMetric, dimensions: [("result", "rejected")]).increment()
            logger.error("knowledge reload rejected: the old knowledge keeps serving", metadata: [
                "directory": "\(directory)", "version": "\(old)", "errors": "\(error)",
            ])
            return false
        }
    }

    private static func publish(version: Int) {
        Gauge(label: versionMetric).record(version)
    }

    public static let reloadsMetric = "suiwen_knowledge_reloads_total"
    public static let versionMetric = "suiwen_knowledge_version"
}
