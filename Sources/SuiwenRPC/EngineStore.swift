import Synchronization
import SuiwenEngine

/// Holds the engine the services answer with. The engine is an immutable value; a reload
/// swaps it whole, and a question in flight keeps the engine it started with.
public final class EngineStore: Sendable {
    private let current: Mutex<QAEngine>

    public init(_ engine: QAEngine) {
        self.current = Mutex(engine)
    }

    public var engine: QAEngine { current.withLock { $0 } }

    public func replace(with engine: QAEngine) {
        current.withLock { $0 = engine }
    }
}
