import ConvocaCore

/// One `:` command: its name, what it takes, and what it does. Adding a command is adding
/// one entry to `CommandTable.commands`.
struct CommandDescriptor: Sendable {
  /// What an argument is, for completion and for the message when it is missing.
  enum Argument: Hashable, Sendable {
    /// One of these words (a format).
    case choice([String])
    /// A file name (the rest of the line, so it may hold spaces); Tab lists the folder.
    case file
  }

  /// The name typed after `:`.
  var name: String
  /// Other names for it (`?` for `help`).
  var aliases: [String] = []
  /// What it takes, in order.
  var arguments: [Argument] = []
  /// How it is written: `export csv|xlsx|ics FILE`.
  var usage: String {
    ([name]
      + arguments.map { a in
        switch a {
        case .choice(let words): return words.joined(separator: "|")
        case .file: return Strings.tuiCommandFileWord
        }
      }).joined(separator: " ")
  }
  /// What it does, for `:help` (translated).
  var summary: @Sendable () -> String
  /// Runs it with its arguments (all present, choices checked).
  var run: @Sendable (inout AppState, [String], AppData) -> [Effect]
}

/// The `:` commands, and reading a command line into one of them with its arguments.
enum CommandTable {
  /// Every command, in the order `:help` lists them.
  static let commands: [CommandDescriptor] = [
    CommandDescriptor(
      name: "export", arguments: [.choice(ExportFormat.allCases.map(\.rawValue)), .file],
      summary: { Strings.tuiCommandExportSummary },
      run: { state, args, data in Reducer.runExport(&state, format: args[0], path: args[1], data: data) }),
    CommandDescriptor(
      name: "report", arguments: [.choice(["html", "md"]), .file],
      summary: { Strings.tuiCommandReportSummary },
      run: { state, args, data in Reducer.runReport(&state, format: args[0], path: args[1], data: data) }),
    CommandDescriptor(
      name: "import", arguments: [.file], summary: { Strings.tuiCommandImportSummary },
      run: { state, args, data in Reducer.runImport(&state, path: args[0], data: data) }),
    CommandDescriptor(
      name: "help", aliases: ["?"], summary: { Strings.tuiCommandHelpSummary },
      run: { state, _, _ in
        state.mode = .confirm(ConfirmState(.commandHelp))
        return []
      }),
  ]

  /// Every name and alias.
  static var names: [String] { commands.flatMap { [$0.name] + $0.aliases } }

  /// The command called `name` (case-insensitive), if any.
  static func command(named name: String) -> CommandDescriptor? {
    let n = name.lowercased()
    return commands.first { $0.name == n || $0.aliases.contains(n) }
  }

  /// A word of the line and where it starts (character offset).
  struct Word: Hashable {
    var text: String
    var start: Int
  }

  /// The line's words split at spaces.
  static func words(_ text: String) -> [Word] {
    var out: [Word] = []
    var current = ""
    var start = 0
    for (i, c) in text.enumerated() {
      if c == " " || c == "\t" {
        if !current.isEmpty { out.append(Word(text: current, start: start)) }
        current = ""
      } else {
        if current.isEmpty { start = i }
        current.append(c)
      }
    }
    if !current.isEmpty { out.append(Word(text: current, start: start)) }
    return out
  }

  /// A command line read: the command and its arguments, or why it cannot run.
  enum Parsed {
    case run(CommandDescriptor, [String])
    case refused(String)
  }

  /// Reads `text` (without the `:`): the command, then its arguments; a file argument that
  /// comes last takes the rest of the line.
  static func parse(_ text: String) -> Parsed {
    let all = words(text)
    guard let first = all.first else { return .refused(Strings.tuiCommandEmpty) }
    guard let d = command(named: first.text) else {
      let name = TerminalText.sanitize(first.text)
      if let near = EditDistance.nearest(first.text, in: names) {
        return .refused(Strings.tuiCommandUnknownNear(name, near))
      }
      return .refused(Strings.tuiCommandUnknown(name))
    }
    var args: [String] = []
    for (i, a) in d.arguments.enumerated() {
      let w = i + 1
      guard w < all.count else {
        return .refused(Strings.tuiCommandMissing(d.name, usageWord(a), d.usage))
      }
      switch a {
      case .choice(let choices):
        let word = all[w].text.lowercased()
        guard choices.contains(word) else {
          let shown = TerminalText.sanitize(all[w].text)
          if let near = EditDistance.nearest(word, in: choices) {
            return .refused(Strings.tuiCommandBadChoiceNear(shown, d.name, near, d.usage))
          }
          return .refused(Strings.tuiCommandBadChoice(shown, d.name, d.usage))
        }
        args.append(word)
      case .file:
        if i == d.arguments.count - 1 {
          let rest = String(text.dropFirst(all[w].start))
          args.append(String(rest.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
        } else {
          args.append(all[w].text)
        }
      }
    }
    let used = d.arguments.last == .file ? all.count : d.arguments.count + 1
    if all.count > used { return .refused(Strings.tuiCommandTooMany(d.name, d.usage)) }
    return .run(d, args)
  }

  /// How a missing argument is named in the message.
  static func usageWord(_ a: CommandDescriptor.Argument) -> String {
    switch a {
    case .choice(let words): return words.joined(separator: "|")
    case .file: return Strings.tuiCommandFileWord
    }
  }

  // MARK: - Completion

  /// What Tab completes at `cursor`: the replacement candidates and where the completed
  /// part starts. Command names first, then a command's choices, then file names from
  /// `files` (folders end in `/`).
  static func complete(_ text: String, cursor: Int, files: FileLister) -> (candidates: [String], start: Int) {
    let before = String(text.prefix(cursor))
    let all = words(before)
    let typingNewWord = before.isEmpty || before.last == " " || before.last == "\t"
    let index = typingNewWord ? all.count : all.count - 1
    let partial = typingNewWord ? "" : all[all.count - 1].text
    let start = typingNewWord ? cursor : all[all.count - 1].start
    if index == 0 {
      let found = commands.map(\.name).filter { $0.hasPrefix(partial.lowercased()) }
      return (found.map { $0 + " " }, start)
    }
    guard let d = command(named: all[0].text), !d.arguments.isEmpty,
      index - 1 < d.arguments.count || d.arguments.last == .file
    else { return ([], start) }
    let argIndex = min(index - 1, d.arguments.count - 1)
    switch d.arguments[argIndex] {
    case .choice(let choices):
      guard index - 1 < d.arguments.count else { return ([], start) }
      return (choices.filter { $0.hasPrefix(partial.lowercased()) }.map { $0 + " " }, start)
    case .file:
      // The file is the rest of the line from its first word.
      let fileStart = all.count > argIndex + 1 ? all[argIndex + 1].start : cursor
      let typed = String(before.dropFirst(fileStart))
      let folder: String
      let prefix: String
      if let slash = typed.lastIndex(of: "/") {
        folder = String(typed[...slash])
        prefix = String(typed[typed.index(after: slash)...])
      } else if typed == "~" {
        return (["~/"], fileStart)
      } else {
        folder = ""
        prefix = typed
      }
      let entries = files.list(folder)
        .filter { $0.name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.name.hasPrefix(".")) }
        .sorted { $0.name < $1.name }
      return (entries.map { folder + $0.name + ($0.isDirectory ? "/" : "") }, fileStart)
    }
  }
}
