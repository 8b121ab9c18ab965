import Foundation
import GRPCCore
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle
import SuiwenRPC
import SwiftProtobuf
import Synchronization

/// The HTTP port (`suiwen serve --http-port`), for clients that cannot speak gRPC: the Connect
/// protocol's unary JSON form of `Ask`, MCP over Streamable HTTP at `/mcp`, the chat page at
/// `/`, and Prometheus metrics at `/metrics`. Same engine, same limits, same reload as the
/// gRPC port: it answers through the server's `Answerer`.
public final class SuiwenHTTPServer: Service, Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 takes a free port; read `listeningPort` for the one bound.
        public var port: Int
        /// Origins a browser page may call the API from (CORS); "*" for any. The chat page
        /// itself is same-origin and needs none.
        public var allowedOrigins: [String]
        /// Larger request bodies get 413.
        public var maxRequestBytes: Int
        /// The API, MCP and the chat page; off, the port serves only /metrics.
        public var servesAPI: Bool
        /// Serves /metrics from this registry when set.
        public var metrics: PrometheusCollectorRegistry?
        /// The version MCP clients see.
        public var version: String

        public init(
            host: String = "127.0.0.1", port: Int = 8080, allowedOrigins: [String] = [], maxRequestBytes: Int = 64 * 1024,
            servesAPI: Bool = true, metrics: PrometheusCollectorRegistry? = nil, version: String = "0"
        ) {
            self.host = host
            self.port = port
            self.allowedOrigins = allowedOrigins
            self.maxRequestBytes = maxRequestBytes
            self.servesAPI = servesAPI
            self.metrics = metrics
            self.version = version
        }
    }

    private let application: Application<SuiwenHTTPResponder>
    private let bound = BoundPort()
    private let address: String

    public init(answerer: Answerer, health: HealthService, configuration: Configuration, logger: Logger = Logger(label: "suiwen.http")) {
        let responder = SuiwenHTTPResponder(answerer: answerer, health: health, configuration: configuration)
        let bound = self.bound
        self.address = "\(configuration.host):\(configuration.port)"
        self.application = Application(
            responder: responder,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "suiwen"),
            onServerRunning: { channel in bound.set(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// The port the server listens on, once it is bound.
    public var listeningPort: Int {
        get async throws { try await bound.value() }
    }

    public func run() async throws {
        do {
            try await application.run()
        } catch {
            bound.fail(SuiwenServer.StartError(error, address: address) ?? error)
            throw SuiwenServer.StartError(error, address: address) ?? error
        }
        bound.fail(CancellationError())
    }
}

/// Routes the HTTP port's requests.
struct SuiwenHTTPResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let answerer: Answerer
    let health: HealthService
    let configuration: SuiwenHTTPServer.Configuration
    static let askPath = "/suiwen.v1.QAService/Ask"

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        var response: Response
        switch (path, request.method) {
        case ("/metrics", .get):
            response = metrics()
        case ("/healthz", .get), ("/healthz", .head):
            let serving = health.registry.status(of: "") == .serving
            response = text(serving ? "SERVING\n" : "NOT_SERVING\n", status: serving ? .ok : .serviceUnavailable)
        case (_, _) where !configuration.servesAPI:
            response = text("Not found: this port serves /metrics only.\n", status: .notFound)
        case ("/", .get), ("/index.html", .get):
            response = page()
        case ("/about", .get):
            response = about()
        case (Self.askPath, .options):
            response = Response(status: .noContent)
        case (Self.askPath, .post):
            var request = request
            response = await connectAsk(&request)
        case (Self.askPath, _):
            response = connectError(ConnectError(
                code: "unimplemented", message: "\(Self.askPath) takes POST with a JSON body (the Connect protocol's unary form).",
                status: .methodNotAllowed))
            response.headers[.allow] = "POST, OPTIONS"
        case ("/mcp", _):
            var request = request
            response = await mcp(&request)
        case ("/suiwen.v1.QAService/Chat", _):
            response = connectError(ConnectError(
                code: "unimplemented",
                message: "Chat is a stream and is not served over HTTP/JSON: ask with POST \(Self.askPath) and pass each reply's context back.",
                status: .notFound))
        default:
            response = connectError(ConnectError(
                code: "unimplemented",
                message: "No \(path) here: the chat page is at /, the API at POST \(Self.askPath), MCP at /mcp, metrics at /metrics.",
                status: .notFound))
        }
        // CORS for the API only: MCP accepts localhost pages alone (its Origin check).
        if path == Self.askPath { allowOrigin(request, &response) }
        return response
    }

    // MARK: Connect unary Ask

    private func connectAsk(_ request: inout Request) async -> Response {
        if let version = request.headers[.connectProtocolVersion], version != "1" {
            return connectError(.invalidArgument("Connect-Protocol-Version \(version) is not supported; send 1 or omit the header."))
        }
        if let encoding = request.headers[.contentEncoding], encoding.lowercased() != "identity" {
            return connectError(ConnectError(
                code: "unimplemented", message: "Content-Encoding \(encoding) is not supported: send the body uncompressed.",
                status: .unsupportedMediaType))
        }
        let contentType = request.headers[.contentType] ?? ""
        // The media type without parameters (application/json; charset=utf-8).
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        let isJSON = mediaType == "application/json"
        guard isJSON || mediaType == "application/proto" else {
            return connectError(ConnectError(
                code: "unimplemented",
                message: "Content-Type \(contentType.isEmpty ? "(none)" : contentType) is not supported: send application/json (or application/proto).",
                status: .unsupportedMediaType))
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maxRequestBytes)
        } catch {
            return connectError(ConnectError(
                code: "resource_exhausted",
                message: "The request body is larger than \(configuration.maxRequestBytes) bytes; a question is at most a few hundred characters.",
                status: .contentTooLarge))
        }
        let askRequest: Suiwen_V1_AskRequest
        do {
            let bytes = Array(buffer: body)
            if isJSON {
                var options = JSONDecodingOptions()
                options.ignoreUnknownFields = true
                askRequest = try Suiwen_V1_AskRequest(jsonUTF8Bytes: bytes, options: options)
            } else {
                askRequest = try Suiwen_V1_AskRequest(serializedBytes: bytes)
            }
        } catch {
            return connectError(.invalidArgument(
                isJSON
                    ? "The body is not an AskRequest in JSON: send {\"question\": \"南沙的產業重點?\"} and, for a follow-up, \"context\"."
                    : "The body is not a serialized AskRequest."))
        }
        let reply: Suiwen_V1_AskResponse
        do {
            reply = try answerer.answer(askRequest.question, context: askRequest.context, method: "http.Ask")
        } catch {
            return connectError(ConnectError(error))
        }
        do {
            if isJSON {
                let json: [UInt8] = try reply.jsonUTF8Bytes()
                return Response(
                    status: .ok, headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
            }
            let bytes: [UInt8] = try reply.serializedBytes()
            return Response(status: .ok, headers: [.contentType: "application/proto"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            return connectError(ConnectError(code: "internal", message: "The reply could not be encoded.", status: .internalServerError))
        }
    }

    private func connectError(_ error: ConnectError) -> Response {
        Response(
            status: error.status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: error.json)))
    }

    // MARK: MCP

    /// Streamable HTTP, stateless: each POST is one message (or batch) and its reply, so
    /// replicas need no sessions; no GET stream (405). As the MCP SDK's transport did before us:
    /// a browser page only from localhost (Origin; a page elsewhere, or a DNS-rebinding one, is
    /// refused), JSON accepted and sent, and an `MCP-Protocol-Version` header, when sent, one we
    /// speak. (The SDK also refused a Host other than localhost, but never saw one: HTTPTypes
    /// keeps it out of the header fields. Origin is what stops a rebinding page; behind a proxy,
    /// Host is the proxy's name.)
    private func mcp(_ request: inout Request) async -> Response {
        guard request.method == .post else {
            var response = Self.jsonRPCError(status: .methodNotAllowed, "Method Not Allowed: MCP here is POST /mcp, one JSON-RPC message a request (no SSE stream).")
            response.headers[.allow] = "POST"
            return response
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maxRequestBytes)
        } catch {
            return Self.jsonRPCError(status: .contentTooLarge, "The request body is larger than \(configuration.maxRequestBytes) bytes.")
        }
        let data = Data(body.readableBytesView)
        if let refusal = Self.mcpRefusal(request.headers, initialize: SuiwenMCP.isInitialize(data)) { return refusal }
        switch SuiwenMCP(answerer: answerer, version: configuration.version).reply(to: data) {
        case .none:
            return Response(status: .accepted)
        case .message(let reply):
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply)))
        case .malformed(let reply):
            return Response(status: .badRequest, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply)))
        }
    }

    /// Why a POST to /mcp is refused before it is answered, if it is.
    static func mcpRefusal(_ headers: HTTPFields, initialize: Bool) -> Response? {
        /// http://localhost, http://localhost:3000, … (any port).
        func localhost(_ value: String, scheme: String) -> Bool {
            ["127.0.0.1", "localhost", "[::1]"].contains { host in
                let prefix = scheme + host + ":"
                return value == scheme + host
                    || value.hasPrefix(prefix) && !value.dropFirst(prefix.count).isEmpty && value.dropFirst(prefix.count).allSatisfy { $0 >= "0" && $0 <= "9" }
            }
        }
        if let origin = headers[.origin], !localhost(origin, scheme: "http://") {
            return jsonRPCError(status: .forbidden, "Forbidden: Origin \(origin) is not allowed; MCP accepts pages on localhost only.")
        }
        let accepts = (headers[.accept] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard accepts.contains(where: { $0.hasPrefix("application/json") }) else {
            return jsonRPCError(status: .notAcceptable, "Not Acceptable: the client must accept application/json.")
        }
        let contentType = (headers[.contentType] ?? "").split(separator: ";").first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard contentType == "application/json" else {
            return jsonRPCError(status: .unsupportedMediaType, "Unsupported Media Type: Content-Type must be application/json.")
        }
        if !initialize, let version = headers[HTTPField.Name("MCP-Protocol-Version")!], !SuiwenMCP.protocolVersions.contains(version) {
            return jsonRPCError(status: .badRequest, "Bad Request: unsupported protocol version \(version); supported: \(SuiwenMCP.protocolVersions.joined(separator: ", ")).")
        }
        return nil
    }

    private static func jsonRPCError(status: HTTPResponse.Status, _ message: String) -> Response {
        let body = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\(JSONText.quoted(message))},\"id\":null}"
        return Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    // MARK: Page, metrics, CORS

    private func page() -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: PackageResources.index_html)))
    }

    /// What the page says it answers about: the document's title and suggested questions.
    private func about() -> Response {
        let knowledge = answerer.store.engine.knowledge
        let suggestions = knowledge.suggestions.map(JSONText.quoted).joined(separator: ",")
        let body = "{\"title\":\(JSONText.quoted(knowledge.source.title)),\"suggestions\":[\(suggestions)]}"
        return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private func metrics() -> Response {
        guard let registry = configuration.metrics else {
            return text("Metrics are off on this server.\n", status: .notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }

    private func text(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// CORS for the configured origins: the API may be called from those pages.
    private func allowOrigin(_ request: Request, _ response: inout Response) {
        guard let origin = request.headers[.origin], !configuration.allowedOrigins.isEmpty else { return }
        let any = configuration.allowedOrigins.contains("*")
        guard any || configuration.allowedOrigins.contains(origin) else { return }
        response.headers[.accessControlAllowOrigin] = any ? "*" : origin
        response.headers[.vary] = "Origin"
        if request.method == .options {
            response.headers[.accessControlAllowMethods] = "POST, OPTIONS"
            response.headers[.accessControlAllowHeaders] =
                "Content-Type, Connect-Protocol-Version, Connect-Timeout-Ms"
            response.headers[.accessControlMaxAge] = "600"
        }
    }
}

extension HTTPField.Name {
    static let connectProtocolVersion = HTTPField.Name("Connect-Protocol-Version")!
}

/// The port a server bound, for whoever waits for it.
final class BoundPort: Sendable {
    private let state = Mutex<(port: Result<Int, any Error>?, waiters: [CheckedContinuation<Int, any Error>])>((nil, []))

    func set(_ port: Int) { resolve(.success(port)) }
    func fail(_ error: any Error) { resolve(.failure(error)) }

    private func resolve(_ result: Result<Int, any Error>) {
        let waiters = state.withLock { state -> [CheckedContinuation<Int, any Error>] in
            guard state.port == nil else { return [] }
            state.port = result
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready = state.withLock { state -> Result<Int, any Error>? in
                if let port = state.port { return port }
                state.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
