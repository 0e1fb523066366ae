import ConvocaCore

extension Reducer {
  /// `M`: with exactly two calls marked, asks which to keep.
  static func askMerge(_ state: inout AppState, data: AppData) {
    let marked = state.marks.compactMap { data.store[$0] }
    guard marked.count == 2 else {
      state.fail(Strings.tuiMergeNeedsTwo(state.marks.count))
      return
    }
    let two = marked.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    state.mode = .confirm(ConfirmState(.merge(two[0].id, two[1].id)))
  }

  /// Merges `other` into `keep` as one undoable action (see `Merge`).
  static func merge(_ state: inout AppState, keep: OpportunityID, other: OpportunityID, data: AppData)
    -> [Effect]
  {
    state.mode = .normal
    guard let k = data.store[keep], let o = data.store[other] else {
      state.fail(Strings.tuiGoneElsewhere)
      return []
    }
    let plan: Merge.Plan
    do throws(CommandError) { plan = try Merge.plan(keep: k, other: o) } catch {
      state.fail(error.message)
      return []
    }
    state.marks.removeAll()
    state.pendingSelection = keep
    let filled = plan.filled.map { Strings.fieldLabel($0.rawValue) }
    return [.perform(plan.commands, description: Strings.tuiMerged(other.rawValue, k.title, filled))]
  }
}
