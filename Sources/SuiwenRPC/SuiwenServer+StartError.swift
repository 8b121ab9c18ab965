#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRPCCore
import NIOCore

extension SuiwenServer {
    /// Why the server could not listen, with the address it tried. The code is open-ended:
    /// callers match the codes they can say something useful about and show the message
    /// for the rest.
    public struct StartError: Error, CustomStringConvertible, Sendable {
        public struct Code: Hashable, Sendable, CustomStringConvertible {
            public static let addressInUse = Code(description: "address-in-use")
            public static let addressNotAvailable = Code(description: "address-not-available")
            public static let other = Code(description: "other")
            public let description: String
        }

        public var code: Code
        /// host:port, as configured.
        public var address: String
        public var message: String
        public var cause: (any Error)?

        public var description: String { message }

        /// The start error that `error`, thrown by the gRPC server, stands for; nil when the
        /// server did not fail to bind.
        public init?(_ error: any Error, address: String) {
            guard let bindError = Self.causes(of: error).lazy.compactMap({ $0 as? IOError }).first else { return nil }
            self.address = address
            self.cause = error
            switch bindError.errnoCode {
            case EADDRINUSE:
                code = .addressInUse
                message = "\(address) is already in use"
            case EADDRNOTAVAIL:
                code = .addressNotAvailable
                message = "\(address) is not an address of this machine"
            default:
                code = .other
                message = "Cannot listen on \(address): \(bindError)"
            }
        }

        /// `error` and the errors it wraps, outermost first.
        private static func causes(of error: any Error) -> [any Error] {
            var chain: [any Error] = [error]
            while let next = (chain.last as? RuntimeError)?.cause ?? (chain.last as? RPCError)?.cause {
                chain.append(next)
            }
            return chain
        }
    }
}
