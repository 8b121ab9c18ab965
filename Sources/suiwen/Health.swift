import ArgumentParser
import GRPCCore
import GRPCNIOTransportHTTP2
import SuiwenRPC

struct Health: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Asks the server's grpc.health.v1 service whether it is serving; exits non-zero if not.")

    @Option(help: "The Suiwen server, as host:port.")
    var server: String = defaultServerAddress

    @Option(help: "The service to ask about; empty for the server as a whole.")
    var service: String = ""

    @OptionGroup var security: ClientSecurity

    func validate() throws {
        _ = try parseServerAddress(server)
    }

    func run() async throws {
        let (host, port) = try parseServerAddress(server)
        let transport = try HTTP2ClientTransport.Posix(target: grpcTarget(host: host, port: port), transportSecurity: security.transportSecurity)
        let status = try await withGRPCClient(transport: transport) { client in
            var call = CallOptions.defaults
            call.timeout = .seconds(5)
            do {
                return try await Grpc_Health_V1_Health.Client(wrapping: client).check(.with { $0.service = service }, options: call).status
            } catch let error as RPCError {
                throw CLIError(describe(error, address: server))
            }
        }
        let name = switch status {
        case .serving: "SERVING"
        case .notServing: "NOT_SERVING"
        case .serviceUnknown: "SERVICE_UNKNOWN"
        default: "UNKNOWN"
        }
        print(name)
        if status != .serving { throw ExitCode(2) }
    }
}
