import ConvocaCore
import Foundation

extension Reducer {
  // MARK: - Filter bar

  static func filterKey(_ state: inout AppState, _ f: FilterEditor, _ k: Key, data: AppData) -> [Effect] {
    var f = f
    let command = Keymap.binding(for: k, in: .filter)?.command
    if command != .complete { f.completion = nil }
    switch command {
    case .accept?:
      state.mode = .normal
      if let error = f.error { state.fail(Strings.tuiKeptLastValid(error)) }
      return remember(&state, state.filterText)
    case .cancel?:
      state.filterText = f.previousText
      state.query = f.previousQuery
      refreshRows(&state, data: data)
      state.mode = .normal
      return []
    case .historyOlder?:
      let h = state.filterHistory
      let i = (f.historyIndex ?? h.count) - 1
      guard i >= 0, i < h.count else { return [] }
      if f.historyIndex == nil { f.draft = f.editor.text }
      f.historyIndex = i
      f.editor.set(h[i])
    case .historyNewer?:
      guard let i = f.historyIndex else { return [] }
      if i + 1 < state.filterHistory.count {
        f.historyIndex = i + 1
        f.editor.set(state.filterHistory[i + 1])
      } else {
        f.historyIndex = nil
        f.editor.set(f.draft)
      }
    case .complete?:
      complete(&f, state: state, data: data)
    default:
      let before = f.editor.text
      guard f.editor.handle(k) else { return [] }
      if f.editor.text == before {
        state.mode = .filtering(f)
        return []
      }
      f.historyIndex = nil
      f.draft = f.editor.text
    }
    apply(&state, &f, data: data)
    state.mode = .filtering(f)
    return []
  }

  /// Parses the filter text; a valid query replaces the list at once, an invalid one only
  /// shows its error.
  static func apply(_ state: inout AppState, _ f: inout FilterEditor, data: AppData) {
    do throws(QueryError) {
      let q = try Query.parse(f.editor.text, vocabulary: state.configuration.vocabulary)
      f.error = nil
      state.filterText = f.editor.text
      if q != state.query {
        state.query = q
        refreshRows(&state, data: data)
        // A new filter shows a new list: start at its top.
        select(&state, 0)
        state.scroll = 0
      }
    } catch {
      f.error = error.message
    }
  }

  /// Tab: completes the term under the cursor; pressed again, shows the next candidate.
  static func complete(_ f: inout FilterEditor, state: AppState, data: AppData) {
    if var c = f.completion, c.candidates.count > 1 {
      c.index = (c.index + 1) % c.candidates.count
      f.editor.replace(c.start..<f.editor.cursor, with: c.candidates[c.index])
      f.completion = c
      return
    }
    let text = f.editor.text
    let cursor = f.editor.cursor
    let candidates = QueryVocabulary.complete(
      text, cursor: cursor, vocabulary: state.configuration.vocabulary,
      values: QueryVocabulary.valueField(in: text, cursor: cursor).map {
        state.valueCache.index(data.store, for: [$0])
      })
    guard let first = candidates.first else { return }
    let start = QueryVocabulary.termStart(in: text, cursor: cursor)
    f.editor.replace(start..<cursor, with: first)
    f.completion = FilterEditor.Completion(candidates: candidates, index: 0, start: start)
  }

  /// Adds a filter to the history (most recent last, no repeats) and saves the settings.
  static func remember(_ state: inout AppState, _ text: String) -> [Effect] {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard !t.isEmpty, state.filterHistory.last != t else { return [] }
    state.filterHistory.removeAll { $0 == t }
    state.filterHistory.append(t)
    state.sessionFilters.removeAll { $0 == t }
    state.sessionFilters.append(t)
    if state.filterHistory.count > UISettings.historyLimit {
      state.filterHistory.removeFirst(state.filterHistory.count - UISettings.historyLimit)
    }
    return [.saveSettings(state.settings)]
  }
}
