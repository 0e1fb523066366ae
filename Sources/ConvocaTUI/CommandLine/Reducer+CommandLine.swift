import ConvocaCore
import Foundation

extension Reducer {
  // MARK: - The `:` command line

  /// `:`: opens an empty command line at the bottom.
  static func openCommandLine(_ state: inout AppState) {
    state.mode = .commandLine(CommandLineState())
  }

  /// A key on the command line: Enter runs, Esc cancels, ↑/↓ walk this session's commands,
  /// Tab completes, the rest edits (Ctrl-W deletes the word before the cursor).
  static func commandLineKey(_ state: inout AppState, _ c: CommandLineState, _ k: Key, data: AppData)
    -> [Effect]
  {
    var c = c
    let command = Keymap.binding(for: k, in: .commandLine)?.command
    if command != .complete { c.completion = nil }
    switch command {
    case .accept?: return runCommandLine(&state, c, data: data)
    case .cancel?:
      state.mode = .normal
      return []
    case .historyOlder?:
      let h = state.commandHistory
      let i = (c.historyIndex ?? h.count) - 1
      guard i >= 0, i < h.count else { return [] }
      if c.historyIndex == nil { c.draft = c.editor.text }
      c.historyIndex = i
      c.editor.set(h[i])
      c.error = nil
    case .historyNewer?:
      guard let i = c.historyIndex else { return [] }
      if i + 1 < state.commandHistory.count {
        c.historyIndex = i + 1
        c.editor.set(state.commandHistory[i + 1])
      } else {
        c.historyIndex = nil
        c.editor.set(c.draft)
      }
      c.error = nil
    case .complete?:
      completeCommand(&c, data: data)
    default:
      if k == .ctrl("w") {
        deleteWordBeforeCursor(&c.editor)
      } else {
        let before = c.editor.text
        guard c.editor.handle(k) else { return [] }
        if c.editor.text == before {
          state.mode = .commandLine(c)
          return []
        }
      }
      c.historyIndex = nil
      c.draft = c.editor.text
      c.error = nil
    }
    state.mode = .commandLine(c)
    return []
  }

  /// Ctrl-W: deletes the word before the cursor (and the spaces after it).
  static func deleteWordBeforeCursor(_ e: inout LineEditor) {
    let before = Array(e.beforeCursor)
    var i = before.count
    while i > 0, before[i - 1] == " " { i -= 1 }
    while i > 0, before[i - 1] != " " { i -= 1 }
    e.replace(i..<before.count, with: "")
  }

  /// Tab: the first candidate for the word under the cursor; pressed again, the next one.
  static func completeCommand(_ c: inout CommandLineState, data: AppData) {
    if var comp = c.completion, comp.candidates.count > 1 {
      comp.index = (comp.index + 1) % comp.candidates.count
      c.editor.replace(comp.start..<c.editor.cursor, with: comp.candidates[comp.index])
      c.completion = comp
      return
    }
    let found = CommandTable.complete(c.editor.text, cursor: c.editor.cursor, files: data.files)
    guard let first = found.candidates.first else {
      c.error = Strings.tuiCommandNoCompletion
      return
    }
    c.editor.replace(found.start..<c.editor.cursor, with: first)
    c.completion = FilterEditor.Completion(candidates: found.candidates, index: 0, start: found.start)
    c.error = nil
  }

  /// Enter: runs the command, or keeps the line open with the reason it cannot run.
  static func runCommandLine(_ state: inout AppState, _ c: CommandLineState, data: AppData) -> [Effect] {
    var c = c
    let text = c.editor.text
    if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
      state.mode = .normal
      return []
    }
    rememberCommand(&state, text)
    switch CommandTable.parse(text) {
    case .refused(let why):
      c.error = why
      c.historyIndex = nil
      state.mode = .commandLine(c)
      return []
    case .run(let d, let args):
      state.mode = .normal
      return d.run(&state, args, data)
    }
  }

  /// Adds a command line to this session's history (most recent last, no repeats).
  static func rememberCommand(_ state: inout AppState, _ text: String) {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard !t.isEmpty else { return }
    state.commandHistory.removeAll { $0 == t }
    state.commandHistory.append(t)
    if state.commandHistory.count > UISettings.historyLimit { state.commandHistory.removeFirst() }
  }

  // MARK: - Answers of the app loop

  /// A file written by `:export`: says so, or why not.
  static func fileWritten(_ state: inout AppState, _ outcome: FileWriteOutcome) {
    switch outcome {
    case .written(let message): state.inform(message)
    case .failed(let why): state.fail(why)
    }
  }
}
