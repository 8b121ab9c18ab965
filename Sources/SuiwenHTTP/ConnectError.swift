import GRPCCore
import HTTPTypes
import SuiwenRPC

/// An error in the Connect protocol's JSON form (`{"code": "invalid_argument", "message": …}`)
/// with the HTTP status Connect pairs with its code.
struct ConnectError: Error, Sendable {
    var code: String
    var message: String
    var status: HTTPResponse.Status

    init(code: String, message: String, status: HTTPResponse.Status) {
        self.code = code
        self.message = message
        self.status = status
    }

    /// The Connect form of a gRPC status: the same code, in snake case, and its HTTP status.
    init(_ error: RPCError) {
        let (code, status): (String, HTTPResponse.Status) = switch error.code {
        case .cancelled: ("canceled", .init(code: 499, reasonPhrase: "Client Closed Request"))
        case .invalidArgument: ("invalid_argument", .badRequest)
        case .deadlineExceeded: ("deadline_exceeded", .gatewayTimeout)
        case .notFound: ("not_found", .notFound)
        case .alreadyExists: ("already_exists", .conflict)
        case .permissionDenied: ("permission_denied", .forbidden)
        case .resourceExhausted: ("resource_exhausted", .tooManyRequests)
        case .failedPrecondition: ("failed_precondition", .badRequest)
        case .aborted: ("aborted", .conflict)
        case .outOfRange: ("out_of_range", .badRequest)
        case .unimplemented: ("unimplemented", .notImplemented)
        case .internalError: ("internal", .internalServerError)
        case .unavailable: ("unavailable", .serviceUnavailable)
        case .dataLoss: ("data_loss", .internalServerError)
        case .unauthenticated: ("unauthenticated", .unauthorized)
        default: ("unknown", .internalServerError)
        }
        self.init(code: code, message: error.message, status: status)
    }

    static func invalidArgument(_ message: String) -> ConnectError {
        ConnectError(code: "invalid_argument", message: message, status: .badRequest)
    }

    /// The body: `{"code":…,"message":…}`.
    var json: String {
        "{\"code\":\(JSONText.quoted(code)),\"message\":\(JSONText.quoted(message))}"
    }
}
