import ArgumentParser
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import Logging
import SuiwenEngine
import SuiwenKnowledge
import SuiwenRPC

/// Flags every client subcommand shares: where the answers come from.
struct ClientOptions: ParsableArguments {
    /// Optional so that an explicit --server can be told from the default.
    @Option(help: "The Suiwen server, as host:port (default: \(defaultServerAddress)).")
    var server: String?

    @Flag(help: "Answer in-process from --knowledge, with no server (for offline pipelines and scripts).")
    var local: Bool = false

    @Option(help: "The knowledge directory, for --local (and for comparing answers in eval).")
    var knowledge: String = "knowledge"

    @Option(help: "Seconds to wait for each reply from the server.")
    var timeout: Double = 10

    @OptionGroup var security: ClientSecurity

    var address: String { server ?? defaultServerAddress }

    func validate() throws {
        if local, server != nil {
            throw ValidationError("--local answers in-process with no server, so --server does not apply: pass one or the other.")
        }
        if !local { _ = try target() }
        if local, security.tls || security.ca != nil {
            throw ValidationError("--local answers in-process, so --tls and --ca do not apply.")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds.") }
    }

    func target() throws -> (host: String, port: Int) { try parseServerAddress(address) }

    /// Runs `body` with something that answers questions: a gRPC client of the server, or
    /// the engine in-process with --local.
    func withAnswerer<Result: Sendable>(_ body: (any Answerer) async throws -> Result) async throws -> Result {
        if local {
            return try await body(LocalAnswerer(engine: try loadEngine(knowledge)))
        }
        let (host, port) = try target()
        let transport = try HTTP2ClientTransport.Posix(
            target: grpcTarget(host: host, port: port), transportSecurity: security.transportSecurity)
        return try await withGRPCClient(transport: transport) { client in
            let remote = RemoteAnswerer(client: Suiwen_V1_QAService.Client(wrapping: client), address: address, timeout: timeout)
            return try await body(remote)
        }
    }
}

let defaultServerAddress = "127.0.0.1:50051"

/// TLS for the client subcommands: off by default (the server's default), on with --tls
/// (the system's trust roots) or --ca (a certificate authority of one's own).
struct ClientSecurity: ParsableArguments {
    @Flag(help: "Connect with TLS, trusting the system's certificate authorities.")
    var tls: Bool = false

    @Option(help: "Connect with TLS, trusting this PEM certificate authority (implies --tls).")
    var ca: String?

    func validate() throws {
        if let ca, !FileManager.default.isReadableFile(atPath: ca) {
            throw ValidationError("Cannot read \(absolutePath(ca)): --ca takes a readable PEM certificate.")
        }
    }

    var transportSecurity: HTTP2ClientTransport.Posix.TransportSecurity {
        if let ca {
            return .tls { $0.trustRoots = .certificates([.file(path: ca, format: .pem)]) }
        }
        return tls ? .tls : .plaintext
    }
}

/// An IP literal as an IP target, a name as DNS: TLS sends a name (SNI) and checks the
/// certificate against it, and checks an address against the certificate's IP entries.
func grpcTarget(host: String, port: Int) -> any ResolvableTarget {
    var v4 = in_addr()
    if inet_pton(AF_INET, host, &v4) == 1 { return .ipv4(address: host, port: port) }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, host, &v6) == 1 { return .ipv6(address: host, port: port) }
    return .dns(host: host, port: port)
}

/// Splits host:port (or [v6]:port), with a sentence a person can act on when it is not one.
func parseServerAddress(_ server: String) throws -> (host: String, port: Int) {
    guard let colon = server.lastIndex(of: ":"), let port = Int(server[server.index(after: colon)...]),
        (1...65535).contains(port), colon != server.startIndex
    else {
        throw ValidationError("--server must be host:port, for example 127.0.0.1:50051; got '\(server)'.")
    }
    return (String(server[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port)
}

protocol Answerer: Sendable {
    func ask(_ question: String, context: String) async throws -> Suiwen_V1_AskResponse
}

/// The engine in-process, through the same path as the server's replies (knowledge version,
/// the note on an unreadable context token), so `--local` prints what the server would.
struct LocalAnswerer: Answerer {
    let answerer: SuiwenRPC.Answerer

    init(engine: QAEngine) {
        var quiet = Logger(label: "suiwen.local")
        quiet.logLevel = .critical
        self.answerer = SuiwenRPC.Answerer(store: EngineStore(engine), observation: .init(logger: quiet))
    }

    func ask(_ question: String, context: String) async throws -> Suiwen_V1_AskResponse {
        try answer(question, context: context)
    }

    /// The same, without suspending: for loops over many questions (batch).
    func answer(_ question: String, context: String) throws -> Suiwen_V1_AskResponse {
        do {
            return try answerer.answer(question, context: context, method: "local")
        } catch {
            throw CLIError(error.message)
        }
    }
}

struct RemoteAnswerer: Answerer {
    let client: Suiwen_V1_QAService.Client<HTTP2ClientTransport.Posix>
    let address: String
    let timeout: Double

    func ask(_ question: String, context: String) async throws -> Suiwen_V1_AskResponse {
        var options = CallOptions.defaults
        options.timeout = .milliseconds(Int64(timeout * 1000))
        do {
            return try await client.ask(.with { $0.question = question; $0.context = context }, options: options)
        } catch let error as RPCError {
            throw CLIError(describe(error, address: address), code: error.code == .unavailable ? .unreachable : .failed)
        }
    }
}

/// A sentence a person can act on, for an RPC that failed.
func describe(_ error: RPCError, address: String) -> String {
    switch error.code {
    case .unavailable:
        return "Cannot reach the Suiwen server at \(address): is `suiwen serve` running there? (\(error.message))"
    case .deadlineExceeded:
        return "The Suiwen server at \(address) did not answer in time; try again or raise --timeout."
    case .invalidArgument:
        return error.message
    default:
        return "The Suiwen server at \(address) answered \(error.code): \(error.message)"
    }
}
