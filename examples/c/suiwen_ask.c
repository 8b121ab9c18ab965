/*
 * suiwen-ask: asks Suiwen's QAService questions over gRPC, built from the wire up.
 *
 *   suiwen-ask HOST:PORT QUESTION [FOLLOW-UP...]
 *
 * It speaks HTTP/2 over cleartext TCP with prior knowledge (h2c) through nghttp2's client
 * session, frames each AskRequest the way gRPC does (a 5-byte prefix, then the protobuf
 * body), and reads the AskResponse from the DATA frames and grpc-status / grpc-message from
 * the trailers. The message code comes from Protos/suiwen/v1/qa.proto through protoc-c at
 * build time: nothing is shared with the server.
 *
 * All the questions go over one connection, one HTTP/2 stream each; every question after the
 * first carries the previous reply's context token, so follow-ups (那裡的書記是誰?) work.
 *
 * Exit status: 0 when every question got a reply; 1 on a non-zero grpc-status or any
 * connection or protocol error, said on standard error; 2 on bad usage.
 */
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <nghttp2/nghttp2.h>

#include "suiwen/v1/qa.pb-c.h"

/* No read, write or connect waits longer than this. */
#define IO_TIMEOUT_SECONDS 10
/* Sent as grpc-timeout, so the server gives up when the client would. */
#define GRPC_TIMEOUT "10S"
/* gRPC's usual limit on a received message. */
#define MAX_REPLY_BYTES (4 * 1024 * 1024)
/* gRPC length-prefixed message: 1 byte compressed flag, 4 bytes big-endian length. */
#define GRPC_PREFIX_BYTES 5

#define ASK_PATH "/suiwen.v1.QAService/Ask"

static const char *const program = "suiwen-ask";

/* One Ask: one HTTP/2 stream, its request body and what came back on it. */
typedef struct {
    int32_t stream_id;

    uint8_t *request;          /* the gRPC-framed AskRequest */
    size_t request_length;
    size_t request_sent;

    uint8_t *reply;            /* the DATA of the stream, still gRPC-framed */
    size_t reply_length;
    size_t reply_capacity;

    int http_status;           /* :status, 0 until seen */
    char *content_type;        /* NULL until seen */
    int grpc_status;           /* -1 until seen (in the trailers, or trailers-only headers) */
    char *grpc_message;        /* percent-decoded; NULL when absent */

    int closed;
    uint32_t close_error_code; /* the HTTP/2 error code the stream closed with */
} Call;

typedef struct {
    int fd;
    const char *address;       /* HOST:PORT as given, for messages and :authority */
    nghttp2_session *session;
    Call *call;                /* the call in flight, NULL between calls */
    char error[256];           /* why a callback failed, for the message after it */
} Connection;

static void fail(const char *format, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Says what went wrong on standard error and exits 1. */
static void fail(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    fprintf(stderr, "%s: ", program);
    vfprintf(stderr, format, arguments);
    fputc('\n', stderr);
    va_end(arguments);
    exit(1);
}

static void *allocate(size_t size) {
    void *memory = malloc(size);
    if (memory == NULL) fail("out of memory");
    return memory;
}

static char *copy_string(const char *text, size_t length) {
    char *copy = allocate(length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

/* The canonical names of gRPC status codes. */
static const char *grpc_status_name(int code) {
    static const char *const names[] = {
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
        "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
        "UNAUTHENTICATED",
    };
    if (code >= 0 && code < (int)(sizeof names / sizeof names[0])) return names[code];
    return "unknown code";
}

static int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* grpc-message is percent-encoded (UTF-8 bytes as %XX); anything else is taken literally. */
static char *percent_decode(const uint8_t *text, size_t length) {
    char *decoded = allocate(length + 1);
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
        int high = -1, low = -1;
        if (text[i] == '%' && i + 2 < length) {
            high = hex_digit_value((char)text[i + 1]);
            low = hex_digit_value((char)text[i + 2]);
        }
        if (high >= 0 && low >= 0) {
            decoded[out++] = (char)(high * 16 + low);
            i += 2;
        } else {
            decoded[out++] = (char)text[i];
        }
    }
    decoded[out] = '\0';
    return decoded;
}

/* Splits HOST:PORT (or [IPv6]:PORT) into its parts. */
static void split_address(const char *address, char **host, char **port) {
    const char *colon = strrchr(address, ':');
    if (colon == NULL || colon == address || colon[1] == '\0')
        fail("%s is not HOST:PORT (for example 127.0.0.1:50051)", address);
    if (address[0] == '[') {
        const char *bracket = strchr(address, ']');
        if (bracket == NULL || bracket + 1 != colon)
            fail("%s is not [IPV6]:PORT (for example [::1]:50051)", address);
        *host = copy_string(address + 1, (size_t)(bracket - address - 1));
    } else {
        *host = copy_string(address, (size_t)(colon - address));
    }
    *port = copy_string(colon + 1, strlen(colon + 1));
}

/* A blocking TCP connection whose connect, reads and writes time out. */
static int connect_with_timeout(const char *address) {
    char *host, *port;
    split_address(address, &host, &port);

    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    struct addrinfo *candidates;
    int resolved = getaddrinfo(host, port, &hints, &candidates);
    if (resolved != 0) fail("cannot resolve %s: %s", address, gai_strerror(resolved));

    const struct timeval timeout = {.tv_sec = IO_TIMEOUT_SECONDS, .tv_usec = 0};
    int fd = -1, last_error = 0;
    for (struct addrinfo *candidate = candidates; candidate != NULL; candidate = candidate->ai_next) {
        fd = socket(candidate->ai_family, candidate->ai_socktype, candidate->ai_protocol);
        if (fd < 0) {
            last_error = errno;
            continue;
        }
        /* On Linux SO_SNDTIMEO also bounds connect(). */
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (connect(fd, candidate->ai_addr, candidate->ai_addrlen) == 0) break;
        last_error = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(candidates);
    free(host);
    free(port);

    if (fd < 0) {
        if (last_error == EINPROGRESS || last_error == EAGAIN || last_error == ETIMEDOUT)
            fail("cannot connect to %s: no answer within %d s", address, IO_TIMEOUT_SECONDS);
        fail("cannot connect to %s: %s (is the server running?)", address, strerror(last_error));
    }
    int no_delay = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &no_delay, sizeof no_delay);
    return fd;
}

static void describe_socket_error(Connection *connection, const char *operation, int error) {
    if (error == EPIPE || error == ECONNRESET)
        snprintf(connection->error, sizeof connection->error,
                 "%s closed the connection (is it a gRPC server?)", connection->address);
    else if (error == EAGAIN || error == EWOULDBLOCK)
        snprintf(connection->error, sizeof connection->error, "%s: no %s within %d s",
                 connection->address, operation, IO_TIMEOUT_SECONDS);
    else
        snprintf(connection->error, sizeof connection->error, "%s: %s failed: %s",
                 connection->address, operation, strerror(error));
}

/* --- nghttp2 callbacks ------------------------------------------------------------------ */

static ssize_t send_to_socket(nghttp2_session *session, const uint8_t *data, size_t length,
                              int flags, void *user_data) {
    (void)session;
    (void)flags;
    Connection *connection = user_data;
    ssize_t sent;
    do sent = send(connection->fd, data, length, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        describe_socket_error(connection, "write", errno);
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    }
    return sent; /* nghttp2 sends the rest on the next call when this is short */
}

/* The request body, handed to nghttp2 as it asks for it. */
static ssize_t read_request_body(nghttp2_session *session, int32_t stream_id, uint8_t *buffer,
                                 size_t length, uint32_t *data_flags, nghttp2_data_source *source,
                                 void *user_data) {
    (void)session;
    (void)stream_id;
    (void)user_data;
    Call *call = source->ptr;
    size_t remaining = call->request_length - call->request_sent;
    size_t chunk = remaining < length ? remaining : length;
    memcpy(buffer, call->request + call->request_sent, chunk);
    call->request_sent += chunk;
    if (call->request_sent == call->request_length) *data_flags |= NGHTTP2_DATA_FLAG_EOF;
    return (ssize_t)chunk;
}

static int header_is(const uint8_t *name, size_t length, const char *expected) {
    return length == strlen(expected) && memcmp(name, expected, length) == 0;
}

/* Headers and trailers both land here: grpc-status comes in the trailers, or in the only
 * HEADERS frame of a trailers-only reply (which is how the server refuses a question). */
static int on_header(nghttp2_session *session, const nghttp2_frame *frame, const uint8_t *name,
                     size_t name_length, const uint8_t *value, size_t value_length, uint8_t flags,
                     void *user_data) {
    (void)session;
    (void)flags;
    Connection *connection = user_data;
    Call *call = connection->call;
    if (call == NULL || frame->hd.type != NGHTTP2_HEADERS || frame->hd.stream_id != call->stream_id)
        return 0;

    if (header_is(name, name_length, ":status")) {
        char *text = copy_string((const char *)value, value_length);
        call->http_status = atoi(text);
        free(text);
    } else if (header_is(name, name_length, "content-type")) {
        free(call->content_type);
        call->content_type = copy_string((const char *)value, value_length);
    } else if (header_is(name, name_length, "grpc-status")) {
        char *text = copy_string((const char *)value, value_length);
        char *end;
        long code = strtol(text, &end, 10);
        /* A malformed status is treated as UNKNOWN rather than as success. */
        call->grpc_status = (*text != '\0' && *end == '\0' && code >= 0 && code <= 1000) ? (int)code : 2;
        free(text);
    } else if (header_is(name, name_length, "grpc-message")) {
        free(call->grpc_message);
        call->grpc_message = percent_decode(value, value_length);
    }
    return 0;
}

static int on_data_chunk(nghttp2_session *session, uint8_t flags, int32_t stream_id,
                         const uint8_t *data, size_t length, void *user_data) {
    (void)session;
    (void)flags;
    Connection *connection = user_data;
    Call *call = connection->call;
    if (call == NULL || stream_id != call->stream_id) return 0;

    if (length > MAX_REPLY_BYTES - call->reply_length) {
        snprintf(connection->error, sizeof connection->error,
                 "the reply is larger than %d bytes", MAX_REPLY_BYTES);
        return NGHTTP2_ERR_CALLBACK_FAILURE;
    }
    if (call->reply_length + length > call->reply_capacity) {
        size_t capacity = call->reply_capacity ? call->reply_capacity : 4096;
        while (capacity < call->reply_length + length) capacity *= 2;
        uint8_t *grown = realloc(call->reply, capacity);
        if (grown == NULL) fail("out of memory");
        call->reply = grown;
        call->reply_capacity = capacity;
    }
    memcpy(call->reply + call->reply_length, data, length);
    call->reply_length += length;
    return 0;
}

static int on_stream_close(nghttp2_session *session, int32_t stream_id, uint32_t error_code,
                           void *user_data) {
    (void)session;
    Connection *connection = user_data;
    Call *call = connection->call;
    if (call != NULL && stream_id == call->stream_id) {
        call->closed = 1;
        call->close_error_code = error_code;
    }
    return 0;
}

/* --- the connection --------------------------------------------------------------------- */

static void fail_on_session_error(Connection *connection, int code) {
    if (connection->error[0] != '\0') fail("%s", connection->error);
    fail("%s: HTTP/2 error: %s", connection->address, nghttp2_strerror(code));
}

static Connection *open_connection(const char *address) {
    Connection *connection = allocate(sizeof *connection);
    memset(connection, 0, sizeof *connection);
    connection->address = address;
    connection->fd = connect_with_timeout(address);

    nghttp2_session_callbacks *callbacks;
    if (nghttp2_session_callbacks_new(&callbacks) != 0) fail("out of memory");
    nghttp2_session_callbacks_set_send_callback(callbacks, send_to_socket);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, on_header);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, on_data_chunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, on_stream_close);
    int created = nghttp2_session_client_new(&connection->session, callbacks, connection);
    nghttp2_session_callbacks_del(callbacks);
    if (created != 0) fail("cannot create the HTTP/2 session: %s", nghttp2_strerror(created));

    /* Prior knowledge: the first send writes the connection preface, then these SETTINGS. */
    nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0}};
    int submitted = nghttp2_submit_settings(connection->session, NGHTTP2_FLAG_NONE, settings,
                                            sizeof settings / sizeof settings[0]);
    if (submitted != 0) fail_on_session_error(connection, submitted);
    return connection;
}

/* Writes what nghttp2 has queued and feeds it what the server sends, until the call's
 * stream is closed. Every failure on the way ends the program with a message. */
static void run_until_closed(Connection *connection, Call *call) {
    uint8_t buffer[16384];
    for (;;) {
        int sent = nghttp2_session_send(connection->session);
        if (sent != 0) fail_on_session_error(connection, sent);
        if (call->closed) break;
        if (!nghttp2_session_want_read(connection->session))
            fail("%s: the HTTP/2 connection ended before the reply came (is it a gRPC server?)",
                 connection->address);

        ssize_t received;
        do received = recv(connection->fd, buffer, sizeof buffer, 0);
        while (received < 0 && errno == EINTR);
        if (received == 0)
            fail("%s closed the connection before the reply came (is it a gRPC server?)",
                 connection->address);
        if (received < 0) {
            describe_socket_error(connection, "reply", errno);
            fail("%s", connection->error);
        }
        ssize_t consumed = nghttp2_session_mem_recv(connection->session, buffer, (size_t)received);
        if (consumed < 0) fail_on_session_error(connection, (int)consumed);
    }
    /* Acknowledgements and window updates the last frames asked for. */
    int sent = nghttp2_session_send(connection->session);
    if (sent != 0) fail_on_session_error(connection, sent);
}

static void close_connection(Connection *connection) {
    /* Best effort: say GOAWAY before closing. */
    nghttp2_session_terminate_session(connection->session, NGHTTP2_NO_ERROR);
    nghttp2_session_send(connection->session);
    nghttp2_session_del(connection->session);
    close(connection->fd);
    free(connection);
}

/* --- gRPC ------------------------------------------------------------------------------- */

#define HEADER(NAME, VALUE)                                                                   \
    {(uint8_t *)(NAME), (uint8_t *)(VALUE), strlen(NAME), strlen(VALUE), NGHTTP2_NV_FLAG_NONE}

/* The AskRequest as one gRPC length-prefixed message. */
static void frame_request(Call *call, const char *question, const char *context) {
    Suiwen__V1__AskRequest request = SUIWEN__V1__ASK_REQUEST__INIT;
    request.question = (char *)question;
    request.context = (char *)context;
    size_t body_length = suiwen__v1__ask_request__get_packed_size(&request);

    call->request_length = GRPC_PREFIX_BYTES + body_length;
    call->request = allocate(call->request_length);
    call->request[0] = 0; /* not compressed */
    call->request[1] = (uint8_t)(body_length >> 24);
    call->request[2] = (uint8_t)(body_length >> 16);
    call->request[3] = (uint8_t)(body_length >> 8);
    call->request[4] = (uint8_t)body_length;
    suiwen__v1__ask_request__pack(&request, call->request + GRPC_PREFIX_BYTES);
}

/* The AskResponse from the reply's DATA: exactly one uncompressed message. */
static Suiwen__V1__AskResponse *unframe_reply(const Call *call, const char *address) {
    if (call->reply_length < GRPC_PREFIX_BYTES)
        fail("%s: the reply has no message (%zu bytes of DATA)", address, call->reply_length);
    if (call->reply[0] != 0)
        fail("%s: the reply is compressed, and this client asked for no compression", address);
    size_t body_length = (size_t)call->reply[1] << 24 | (size_t)call->reply[2] << 16 |
                         (size_t)call->reply[3] << 8 | (size_t)call->reply[4];
    if (call->reply_length != GRPC_PREFIX_BYTES + body_length)
        fail("%s: the reply's length prefix says %zu bytes, but %zu came", address, body_length,
             call->reply_length - GRPC_PREFIX_BYTES);
    Suiwen__V1__AskResponse *response =
        suiwen__v1__ask_response__unpack(NULL, body_length, call->reply + GRPC_PREFIX_BYTES);
    if (response == NULL) fail("%s: the reply is not a valid AskResponse", address);
    return response;
}

/* One unary call of QAService/Ask on a new stream of the connection. */
static Suiwen__V1__AskResponse *ask(Connection *connection, const char *question, const char *context) {
    Call call;
    memset(&call, 0, sizeof call);
    call.grpc_status = -1;
    frame_request(&call, question, context);

    const nghttp2_nv headers[] = {
        HEADER(":method", "POST"),
        HEADER(":scheme", "http"),
        HEADER(":path", ASK_PATH),
        HEADER(":authority", connection->address),
        HEADER("content-type", "application/grpc"),
        HEADER("te", "trailers"),
        HEADER("grpc-timeout", GRPC_TIMEOUT),
        HEADER("user-agent", "suiwen-ask (C, nghttp2)"),
    };
    nghttp2_data_provider body = {.source = {.ptr = &call}, .read_callback = read_request_body};

    connection->call = &call;
    call.stream_id = nghttp2_submit_request(connection->session, NULL, headers,
                                            sizeof headers / sizeof headers[0], &body, NULL);
    if (call.stream_id < 0) fail_on_session_error(connection, call.stream_id);
    run_until_closed(connection, &call);
    connection->call = NULL;

    const char *address = connection->address;
    if (call.close_error_code != NGHTTP2_NO_ERROR)
        fail("%s: the server reset the call: %s", address, nghttp2_http2_strerror(call.close_error_code));
    if (call.grpc_status < 0) {
        if (call.http_status != 200)
            fail("%s: HTTP status %d and no grpc-status: not a gRPC reply", address, call.http_status);
        fail("%s: the reply ended without a grpc-status trailer", address);
    }
    if (call.grpc_status != 0) {
        fprintf(stderr, "%s: grpc-status %d (%s): %s\n", program, call.grpc_status,
                grpc_status_name(call.grpc_status), call.grpc_message ? call.grpc_message : "(no message)");
        exit(1);
    }
    if (call.http_status != 200)
        fail("%s: HTTP status %d with grpc-status 0", address, call.http_status);
    if (call.content_type == NULL || strncmp(call.content_type, "application/grpc", 16) != 0)
        fail("%s: the reply's content-type is %s, not application/grpc", address,
             call.content_type ? call.content_type : "missing");

    Suiwen__V1__AskResponse *response = unframe_reply(&call, address);
    free(call.request);
    free(call.reply);
    free(call.content_type);
    free(call.grpc_message);
    return response;
}

/* --- output ----------------------------------------------------------------------------- */

/* ANSWERED, CLARIFY, NO_ANSWER: the enum's name without its prefix. */
static const char *answer_status_name(Suiwen__V1__AnswerStatus status) {
    const ProtobufCEnumValue *value =
        protobuf_c_enum_descriptor_get_value(&suiwen__v1__answer_status__descriptor, (int)status);
    if (value == NULL) return "UNKNOWN";
    const char *prefix = "ANSWER_STATUS_";
    size_t prefix_length = strlen(prefix);
    return strncmp(value->name, prefix, prefix_length) == 0 ? value->name + prefix_length : value->name;
}

static void print_reply(const char *question, const Suiwen__V1__AskResponse *reply) {
    printf("Q: %s\n", question);
    printf("A: %s\n", reply->answer);
    printf("   status: %s, confidence %.2f\n", answer_status_name(reply->status), reply->confidence);
    for (size_t i = 0; i < reply->n_citations; i++) {
        const Suiwen__V1__Citation *citation = reply->citations[i];
        printf("   cites %s line %d: %s\n", citation->source, (int)citation->line, citation->quote);
    }
    if (reply->explanation != NULL && reply->explanation->context_used[0] != '\0')
        printf("   context used: %s\n", reply->explanation->context_used);
    if (reply->n_suggestions > 0) {
        printf("   suggestions:");
        for (size_t i = 0; i < reply->n_suggestions; i++)
            printf("%s%s", i == 0 ? " " : " / ", reply->suggestions[i]);
        printf("\n");
    }
    fflush(stdout);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr,
                "usage: %s HOST:PORT QUESTION [FOLLOW-UP...]\n"
                "  e.g. %s 127.0.0.1:50051 南沙的產業重點? 那裡的書記是誰?\n",
                program, program);
        return 2;
    }
    const char *address = argv[1];
    Connection *connection = open_connection(address);

    char *context = copy_string("", 0);
    for (int i = 2; i < argc; i++) {
        Suiwen__V1__AskResponse *reply = ask(connection, argv[i], context);
        if (i > 2) printf("\n");
        print_reply(argv[i], reply);
        free(context);
        context = copy_string(reply->context, strlen(reply->context)); /* for the next question */
        suiwen__v1__ask_response__free_unpacked(reply, NULL);
    }
    free(context);
    close_connection(connection);
    return 0;
}
