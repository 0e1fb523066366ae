import ConvocaCore

extension Reducer {
  /// `c` (detail) or `C` (list): opens the review of a record a merge flagged.
  static func openReview(_ state: inout AppState, _ id: OpportunityID, back: DetailState?, data: AppData) {
    guard let o = data.store[id] else {
      state.fail(Strings.tuiNothingSelected)
      return
    }
    guard o.conflict else {
      state.fail(Strings.tuiReviewNotFlagged)
      return
    }
    state.mode = .review(ReviewState(o, back: back))
  }

  /// The review panel's keys: ↑ ↓ choose the field, ← → (1 2) pick a value, Enter applies.
  static func reviewKey(_ state: inout AppState, _ r: ReviewState, _ k: Key, data: AppData) -> [Effect] {
    var r = r
    guard let b = Keymap.binding(for: k, in: .review) else { return [] }
    let back: Mode = r.back.map { .detail($0) } ?? .normal
    let last = max(0, r.fields.count - 1)
    switch b.command {
    case .up: r.cursor = max(0, r.cursor - 1)
    case .down: r.cursor = min(last, r.cursor + 1)
    case .pickCurrent, .pickOther:
      if r.pickOther.indices.contains(r.cursor) { r.pickOther[r.cursor] = b.command == .pickOther }
    case .cancel:
      state.mode = back
      return []
    case .accept:
      if let why = data.readOnlyReason {
        state.fail(Strings.tuiReadOnly(why))
        return []
      }
      state.mode = back
      return [.perform([.resolve(r.id, r.choices)], description: Strings.tuiReviewApplied(r.id.rawValue))]
    default: break
    }
    state.mode = .review(r)
    return []
  }
}

extension Strings {
  static var tuiKeyReviewConflict: String {
    t("tui.key.reviewConflict", "review a call changed in two copies (is:conflict)")
  }
  static var tuiKeyReviewUp: String { t("tui.key.reviewUp", "previous field") }
  static var tuiKeyReviewDown: String { t("tui.key.reviewDown", "next field") }
  static var tuiKeyPickCurrent: String { t("tui.key.pickCurrent", "keep the current value") }
  static var tuiKeyPickOther: String { t("tui.key.pickOther", "take the other copy's value") }
  static var tuiKeyReviewApply: String { t("tui.key.reviewApply", "apply the choices (one undoable change)") }
  static var tuiHintPickCurrent: String { t("tui.hint.pickCurrent", "current") }
  static var tuiHintPickOther: String { t("tui.hint.pickOther", "other") }
  static var tuiHintReviewApply: String { t("tui.hint.reviewApply", "apply") }
  static var tuiReviewNotFlagged: String {
    t("tui.review.notFlagged", "this call is not flagged as a conflict: nothing to review")
  }
  static func tuiReviewApplied(_ id: String) -> String {
    t("tui.review.applied", "{0}: conflict reviewed (u undoes)", id)
  }
  static func tuiConflictBanner(_ fields: String) -> String {
    t("tui.review.banner", "Changed in two copies: {0} — press c to review", fields)
  }
  static var tuiConflictBannerNone: String {
    t("tui.review.bannerNone", "Flagged as changed in two copies — press c to clear")
  }
  static func tuiReviewTitle(_ title: String) -> String {
    t("tui.review.title", "Changed in two copies: {0}", title)
  }
  static var tuiReviewCurrent: String { t("tui.review.current", "1 current") }
  static var tuiReviewOther: String { t("tui.review.other", "2 other copy") }
  static var tuiReviewNothing: String {
    t("tui.review.nothing", "Nothing left to decide: Enter clears the flag.")
  }
  static func tuiReviewWho(_ who: String, _ when: String) -> String {
    t("tui.review.who", "{0}, {1}", who, when)
  }
}
