#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import StanceGraph

/// Actors as the store keeps them: JSON, keyed by a hash of that JSON, so that each
/// distinct actor value is written once however many statements name it.
enum ActorCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func json(_ actor: Actor) -> String {
        (try? encoder.encode(actor)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func actor(_ json: String) -> Actor? {
        try? JSONDecoder().decode(Actor.self, from: Data(json.utf8))
    }

    /// Sixteen hex digits of FNV-1a over the JSON.
    static func key(_ json: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in json.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
