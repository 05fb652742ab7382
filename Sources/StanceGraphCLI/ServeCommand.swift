#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Dispatch
import GraphvizKit
import HTTPTypes
import Hummingbird
import StanceGraph

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The analyst's desk in a browser: the map, actors, articles, stance diffs, figures, search and review.",
        discussion: """
            Serves the store (or the corpus, when no store is current: run `stancegraph ingest` first \
            for a large one) on http://HOST:PORT/. It answers on loopback unless --host says otherwise, \
            to requests naming this server only. Review writes to the corrections file beside the corpus, \
            as `reject`, `correct` and `confirm` do. Ctrl-C stops it.
            """
    )

    @OptionGroup var source: CorpusOptions

    @Option(help: "The address to listen on: 127.0.0.1 (this machine only), or e.g. 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(name: .customLong("allow-host"), help: "Also answer requests naming this host (a name or address others reach this machine by, with --host 0.0.0.0); repeat for several.")
    var allowedHosts: [String] = []

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port \(port) is not a port: give 1 to 65535.") }
        for (option, value) in [("--host", host)] + allowedHosts.map({ ("--allow-host", $0) }) {
            guard !value.isEmpty, !value.contains("/"), !value.contains(" "), !value.contains("@") else { throw ValidationError("\(option) \"\(value)\" is not a host name or address.") }
        }
    }

    /// The Host header values the desk answers to: its address, this machine's names for
    /// loopback, and the hosts allowed by name; each with the port.
    static func hosts(host: String, port: Int, allowed: [String] = []) -> Set<String> {
        var names: Set<String> = []
        for name in [host] + allowed {
            let lower = name.lowercased()
            names.insert(lower.contains(":") && !lower.hasPrefix("[") ? "[\(lower)]" : lower)
        }
        if ["127.0.0.1", "localhost", "::1", "0.0.0.0", "::"].contains(host) { names.formUnion(["127.0.0.1", "localhost", "[::1]"]) }
        return Set(names.map { "\($0):\(port)" })
    }

    func run() throws {
        try reportingFailures {
            let desk = try Desk(source: source, hosts: Self.hosts(host: host, port: port, allowed: allowedHosts))
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                Terminal.printError("stancegraph: the desk listens on \(host), not on loopback only: anyone who can reach this machine can read the corpus and review. It answers requests naming \(desk.hosts.sorted().joined(separator: ", ")); --allow-host adds names.")
            }
            let responder = CallbackResponder<BasicRequestContext> { request, _ in
                var request = request
                let body = request.method == .post ? Array(buffer: try await request.collectBody(upTo: 1 << 20)) : []
                var headers: [String: String] = [:]
                headers["host"] = request.head.authority
                if let origin = request.headers[.origin] { headers["origin"] = origin }
                let answer = desk.respond(DeskRequest(method: request.method.rawValue, target: request.uri.string.hasPrefix("/") ? request.uri.string : request.uri.path
                                                        + (request.uri.query.map { "?" + $0 } ?? ""), headers: headers, body: body))
                var fields = HTTPFields()
                fields[.contentType] = answer.contentType
                // Pages hold article text: no script but the desk's own, no framing by other sites.
                fields[.contentSecurityPolicy] = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
                fields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
                fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
                for (name, value) in answer.headers {
                    if let name = HTTPField.Name(name) { fields[name] = value }
                }
                return Response(status: .init(code: answer.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
            }
            let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
            // Hummingbird's own log: warnings and errors only, unless LOG_LEVEL says otherwise.
            setenv("LOG_LEVEL", "warning", 0)
            let app = Application(responder: responder, configuration: .init(address: .hostname(host, port: port), serverName: "stancegraph"),
                                  onServerRunning: { _ in
                                      print("StanceGraph desk: \(url) (Ctrl-C stops it)")
                                      fflush(nil)
                                  })
            let done = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            Task {
                do {
                    try await app.runService()
                } catch {
                    outcome.failure = "cannot serve on \(url): \(error). Is another program using port \(port)? Give another with --port."
                }
                done.signal()
            }
            done.wait()
            if let message = outcome.failure { throw Failure(message) }
            print("StanceGraph desk stopped.")
        }
    }

    /// How the server's task ended: written by it before it signals, read after.
    final class Outcome: @unchecked Sendable {
        var failure: String?
    }
}
