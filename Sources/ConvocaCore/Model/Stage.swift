/// Where an opportunity stands in the pipeline.
///
/// ```
/// identified ──▶ preparing ──▶ applied ──▶ won
///      │              │            └─────▶ lost
///      └──────────────┴────────────┴─────▶ dropped
/// ```
/// Forward moves may skip stages; moving back or reopening is allowed and recorded like any
/// other move. This type is the one place that knows the pipeline's rules.
public enum Stage: String, CaseIterable, Sendable, Hashable, Comparable {
  case identified, preparing, applied, won, lost, dropped

  /// Identified, preparing and applied are open; won, lost and dropped are closed.
  public var isOpen: Bool {
    switch self {
    case .identified, .preparing, .applied: return true
    case .won, .lost, .dropped: return false
    }
  }

  /// Chance of winning when nobody has said otherwise: 10, 30, 50, 100, 0, 0.
  public var defaultProbability: Int {
    switch self {
    case .identified: return 10
    case .preparing: return 30
    case .applied: return 50
    case .won: return 100
    case .lost, .dropped: return 0
    }
  }

  /// Position along the pipeline, for sorting and for `>` / `<`.
  public var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }

  /// The stage `>` moves to: identified → preparing → applied → won; closed stages stay.
  public var next: Stage? {
    switch self {
    case .identified: return .preparing
    case .preparing: return .applied
    case .applied: return .won
    case .won, .lost, .dropped: return nil
    }
  }

  /// The stage `<` moves to: back one open stage; a closed one reopens as applied.
  public var previous: Stage? {
    switch self {
    case .identified: return nil
    case .preparing: return .identified
    case .applied: return .preparing
    case .won, .lost, .dropped: return .applied
    }
  }

  /// Whether going from `self` to `target` is a forward move (skipping is allowed).
  public func isForward(to target: Stage) -> Bool {
    guard self.isOpen else { return false }
    if target == .dropped || target == .lost || target == .won { return self != target }
    return target.order > self.order
  }

  public static func < (a: Stage, b: Stage) -> Bool { a.order < b.order }
}
