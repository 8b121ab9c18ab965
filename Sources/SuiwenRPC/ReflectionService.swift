import Foundation
import GRPCCore
import GRPCProtobuf
import SwiftProtobuf

/// gRPC server reflection (`grpc.reflection.v1` and `grpc.reflection.v1alpha`, which are
/// wire-identical): lists the services and serves their descriptors, so grpcurl, grpcui and
/// reflection clients in any language call Suiwen without the `.proto` files. The descriptors
/// are those `scripts/generate-protos` wrote next to the generated code.
public struct ReflectionService: RegistrableRPCService {
    public static let serviceNames = ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"]

    private let index: DescriptorIndex

    /// - Parameter services: the fully qualified services the server offers, in the order
    ///   `list_services` names them.
    public init(services: [String]) throws {
        self.index = try DescriptorIndex(descriptorSet: PackageResources.descriptors_pb, services: services)
    }

    public func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
        for service in Self.serviceNames {
            router.registerHandler(
                forMethod: MethodDescriptor(
                    service: ServiceDescriptor(fullyQualifiedService: service),
                    method: "ServerReflectionInfo",
                    type: .bidirectionalStreaming),
                deserializer: ProtobufDeserializer<Grpc_Reflection_V1_ServerReflectionRequest>(),
                serializer: ProtobufSerializer<Grpc_Reflection_V1_ServerReflectionResponse>(),
                handler: { [index] request, _ in
                    StreamingServerResponse { writer in
                        for try await message in request.messages {
                            try await writer.write(index.response(to: message))
                        }
                        return [:]
                    }
                })
        }
    }
}

/// The files of a descriptor set, and which file defines each symbol.
struct DescriptorIndex: Sendable {
    /// File name → its serialized `FileDescriptorProto`, and the files it imports.
    private let files: [String: (bytes: [UInt8], dependencies: [String])]
    /// Fully qualified symbol (package, message, enum, service, method) → file name.
    private let fileBySymbol: [String: String]
    private let services: [String]

    init(descriptorSet: [UInt8], services: [String]) throws {
        let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: descriptorSet)
        var files: [String: (bytes: [UInt8], dependencies: [String])] = [:]
        var fileBySymbol: [String: String] = [:]
        for file in set.file {
            files[file.name] = (try file.serializedBytes(), file.dependency)
            let prefix = file.package.isEmpty ? "" : file.package + "."
            func addMessages(_ messages: [Google_Protobuf_DescriptorProto], under scope: String) {
                for message in messages {
                    let name = scope + message.name
                    fileBySymbol[name] = file.name
                    for enumType in message.enumType { fileBySymbol[name + "." + enumType.name] = file.name }
                    addMessages(message.nestedType, under: name + ".")
                }
            }
            addMessages(file.messageType, under: prefix)
            for enumType in file.enumType { fileBySymbol[prefix + enumType.name] = file.name }
            for service in file.service {
                fileBySymbol[prefix + service.name] = file.name
                for method in service.method { fileBySymbol[prefix + service.name + "." + method.name] = file.name }
            }
        }
        self.files = files
        self.fileBySymbol = fileBySymbol
        self.services = services
    }

    func response(to request: Grpc_Reflection_V1_ServerReflectionRequest) -> Grpc_Reflection_V1_ServerReflectionResponse {
        var response = Grpc_Reflection_V1_ServerReflectionResponse()
        response.validHost = request.host
        response.originalRequest = request
        switch request.messageRequest {
        case .listServices:
            response.listServicesResponse = .with { list in
                list.service = services.map { name in .with { $0.name = name } }
            }
        case .fileByFilename(let name):
            response.messageResponse = fileResponse(name, asked: "file \(name)")
        case .fileContainingSymbol(let symbol):
            let trimmed = symbol.hasPrefix(".") ? String(symbol.dropFirst()) : symbol
            response.messageResponse = fileResponse(fileBySymbol[trimmed], asked: "symbol \(symbol)")
        case .fileContainingExtension(let request):
            response.errorResponse = Self.notFound("No extension \(request.extensionNumber) of \(request.containingType): this server's protos declare no extensions.")
        case .allExtensionNumbersOfType(let type):
            if fileBySymbol[type] != nil {
                response.allExtensionNumbersResponse = .with { $0.baseTypeName = type }
            } else {
                response.errorResponse = Self.notFound("No type \(type) in this server's protos.")
            }
        case nil:
            response.errorResponse = .with {
                $0.errorCode = Int32(RPCError.Code.invalidArgument.rawValue)
                $0.errorMessage = "The request names nothing to look up: set list_services, file_by_filename or file_containing_symbol."
            }
        }
        return response
    }

    /// The file and every file it imports, transitively, the file itself first.
    private func fileResponse(_ name: String?, asked: String) -> Grpc_Reflection_V1_ServerReflectionResponse.OneOf_MessageResponse {
        guard let name, files[name] != nil else {
            return .errorResponse(Self.notFound("No \(asked) in this server's protos; list_services names what it serves."))
        }
        var ordered: [String] = []
        var seen = Set<String>()
        var pending = [name]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let file = files[next] else { continue }
            ordered.append(next)
            pending.append(contentsOf: file.dependencies.reversed())
        }
        return .fileDescriptorResponse(.with { $0.fileDescriptorProto = ordered.map { Data(files[$0]!.bytes) } })
    }

    private static func notFound(_ message: String) -> Grpc_Reflection_V1_ErrorResponse {
        .with {
            $0.errorCode = Int32(RPCError.Code.notFound.rawValue)
            $0.errorMessage = message
        }
    }
}
